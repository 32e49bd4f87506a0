interface ImportMetaEnv {
  /** True under `astro dev`: drafts and scheduled entries are shown with a banner (see src/integrations/preview-drafts.ts). */
  readonly PREVIEW_DRAFTS: boolean;
}
