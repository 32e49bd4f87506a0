import { z } from 'astro/zod';

/**
 * A web address readers may follow: http or https only, since content is untrusted and a `javascript:` or
 * `data:` address in a link runs code or dresses up a page.
 */
export const webAddress = () =>
  z.url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: 'write a full web address starting https://, e.g. https://www.gov.uk/…',
  });
