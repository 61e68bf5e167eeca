import type { Dictionary } from './dictionary';

export const en: Dictionary = {
  portalName: 'Karaganda Business Development Map',
  skipToContent: 'Skip to content',
  language: {
    label: 'Interface language',
  },
  home: {
    headline: 'Opportunities, support and paperwork for business — in one place',
    lead: "Karaganda region's import-substitution opportunities, state support programmes, PPP projects and Special Economic Zone plots.",
    figuresHeading: 'Headline figures',
    sezRegistered: 'SEZ participants registered',
    sezOperating: 'Of them operating',
    sezCaption: 'Special Economic Zone',
    noSez: 'No Special Economic Zone data yet.',
    opportunities: 'Import-substitution opportunities',
    pppProjects: 'PPP projects',
    activeProgrammes: 'Active support programmes',
    loading: 'Loading…',
    loadFailed: 'The figures could not be loaded.',
    retry: 'Retry',
    openDataHeading: 'Open data',
    openDataText: "The portal's catalogues are available through a read-only open API.",
    apiDocs: 'API documentation',
    openApiJson: 'OpenAPI description (JSON)',
    demoNote: 'Figures without a named source are demo data.',
  },
};
