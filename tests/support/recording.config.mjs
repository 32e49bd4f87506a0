// @ts-check
// The site's own config, with a bundler plugin that writes down, to RECORD_FILE, what the config's bundler rules
// saw: each warning given to `onwarn` (and whether it was passed on) and the modules in each chunk of the code
// that renders pages. Used by tests/build/astro-private-names.test.ts.
import fs from 'node:fs';
import config from '../../astro.config.mjs';

const recordFile = process.env.RECORD_FILE;
if (!recordFile) throw new Error('RECORD_FILE must name the file to record to');
/** @param {unknown} line */
const record = (line) => fs.appendFileSync(recordFile, `${JSON.stringify(line)}\n`);

const vite = config.vite ?? {};
const rolldownOptions = vite.build?.rolldownOptions ?? {};
const onwarn = rolldownOptions.onwarn;

/** @type {NonNullable<typeof onwarn>} */
const recordingOnwarn = (warning, warn) => {
  let passedOn = false;
  /** @param {Parameters<typeof warn>[0]} w */
  const pass = (w) => {
    passedOn = true;
    warn(w);
  };
  if (onwarn) onwarn(warning, pass);
  else pass(warning);
  record({ warning: { code: warning.code, message: warning.message, passedOn } });
};

/** @type {import('vite').Plugin} */
const recordChunks = {
  name: 'record-chunks',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type === 'chunk') record({ environment: this.environment?.name, chunk: { name: file.name, moduleIds: file.moduleIds } });
    }
  },
};

export default {
  ...config,
  vite: {
    ...vite,
    build: {
      ...vite.build,
      rolldownOptions: { ...rolldownOptions, onwarn: recordingOnwarn },
    },
    plugins: [...(vite.plugins ?? []), recordChunks],
  },
};
