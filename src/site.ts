/** Site-wide settings: the one place for the site's name, address and publisher. */
export const site = {
  name: 'Joined Up',
  tagline: 'Research, policy and practice on multiple disadvantage in the UK',
  description:
    'Briefings, case studies, inspection summaries and posts for people working across criminal justice, drugs and alcohol, homelessness and mental health in the UK.',
  /** Absolute address the site is served from. Set SITE_URL when deploying; the default is a reserved placeholder domain. */
  url: process.env.SITE_URL ?? 'https://joined-up.example',
  /** The organisation that publishes the site: author and publisher in citations and JSON-LD. */
  organisation: {
    name: 'Joined Up',
    url: 'https://joined-up.example/about/',
  },
  /** Licence for the site's own writing. Quoted material stays under its owners' terms. */
  licence: {
    name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  language: 'en-GB',
  repository: 'https://github.com/joined-up/joined-up',
  contactEmail: 'hello@joined-up.example',
} as const;
