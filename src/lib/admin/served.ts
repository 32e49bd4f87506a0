import { selfHostFonts } from './fonts';
import { selfHostLocales } from './locales';

/** The editor's script as the site serves it: as published, with its fonts and interface strings read from the site. */
export const servedEditorScript = (script: string) => selfHostLocales(selfHostFonts(script));
