/** Every user-visible string of the web app; one value of this type per language (i18n.<lang>.ts). */
export type Dictionary = {
  portalName: string;
  skipToContent: string;
  language: {
    label: string;
  };
  home: {
    headline: string;
    lead: string;
    figuresHeading: string;
    sezRegistered: string;
    sezOperating: string;
    sezCaption: string;
    noSez: string;
    opportunities: string;
    pppProjects: string;
    activeProgrammes: string;
    loading: string;
    loadFailed: string;
    retry: string;
    openDataHeading: string;
    openDataText: string;
    apiDocs: string;
    openApiJson: string;
    demoNote: string;
  };
};
