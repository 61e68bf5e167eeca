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
    searchHeading: string;
    searchLabel: string;
    searchButton: string;
    browseHeading: string;
    audienceHeading: string;
    startTitle: string;
    startText: string;
    startLink: string;
    investTitle: string;
    investText: string;
    investSez: string;
    investPpp: string;
    officersTitle: string;
    officersText: string;
    officersLink: string;
  };
  nav: {
    label: string;
    home: string;
  };
  /** The map of the region: layers, the district figures and the list alternative. */
  map: {
    title: string;
    navLink: string;
    lead: string;
    filters: string;
    layersLabel: string;
    layers: { opportunities: string; ppp: string; 'sez-slots': string };
    onMap: string;
    unlocated: string;
    truncated: string;
    figureLabel: string;
    figures: { opportunities: string; importValueUsd: string; pppProjects: string; freeSezAreaHa: string };
    legend: string;
    legendMarkers: string;
    legendCircles: string;
    legendAreas: string;
    legendZero: string;
    clusterLabel: string;
    open: string;
    status: string;
    showList: string;
    showMap: string;
    listAlternative: string;
    districtsCaption: string;
    district: string;
    itemsHeading: string;
    moreInList: string;
    attribution: string;
    loading: string;
    loadFailed: string;
    retry: string;
    noLayers: string;
    empty: string;
    clearFilters: string;
    applicationLabel: string;
  };
  /** One search across the four catalogues. */
  search: {
    title: string;
    found: string;
    searching: string;
    failed: string;
    seeAll: string;
    none: string;
    hint: string;
  };
  /** Browsing the four catalogues. Status and kind keys stay keys; only their labels are here. */
  catalogue: {
    titles: {
      opportunities: string;
      pppProjects: string;
      programmes: string;
      sezSlots: string;
    };
    list: {
      search: string;
      searchButton: string;
      filters: string;
      sector: string;
      district: string;
      status: string;
      stage: string;
      form: string;
      need: string;
      instrument: string;
      siteType: string;
      dealForm: string;
      from: string;
      to: string;
      importValueUsd: string;
      investmentKzt: string;
      minScore: string;
      capexKzt: string;
      amountKzt: string;
      areaHa: string;
      minPowerMw: string;
      railSpurOnly: string;
      sort: string;
      found: string;
      loading: string;
      empty: string;
      clearFilters: string;
      loadFailed: string;
      retry: string;
      demo: string;
      demoHint: string;
      details: string;
    };
    sorts: {
      relevance: string;
      scoreDesc: string;
      scoreAsc: string;
      nameAsc: string;
      nameDesc: string;
      importValueDesc: string;
      importValueAsc: string;
      jobsDesc: string;
      jobsAsc: string;
      capexDesc: string;
      capexAsc: string;
      tenderDeadlineAsc: string;
      tenderDeadlineDesc: string;
      stageAsc: string;
      stageDesc: string;
      maxAmountDesc: string;
      maxAmountAsc: string;
      effectiveFromDesc: string;
      effectiveFromAsc: string;
      codeAsc: string;
      codeDesc: string;
      areaDesc: string;
      areaAsc: string;
      powerDesc: string;
      powerAsc: string;
    };
    paginator: {
      itemsPerPage: string;
      nextPage: string;
      previousPage: string;
      firstPage: string;
      lastPage: string;
      of: string;
    };
    detail: {
      back: string;
      loading: string;
      loadFailed: string;
      description: string;
      facts: string;
      source: string;
      sourceTitle: string;
      publisher: string;
      date: string;
      link: string;
      demoData: string;
      updatedAt: string;
      code: string;
      yes: string;
      no: string;
      none: string;
      fallbackNote: string;
    };
    /** A detail page's place on the map and the items related to it. */
    related: {
      where: string;
      openOnMap: string;
      mapLabel: string;
      heading: string;
      programmes: string;
      opportunities: string;
      noProgrammes: string;
      noOpportunities: string;
      allProgrammes: string;
      allOpportunities: string;
    };
    /** Shown after a text that is missing in the interface language, naming the language used. */
    fallbackMarker: {
      kk: string;
      ru: string;
      en: string;
    };
    opportunity: {
      hsCode: string;
      sector: string;
      district: string;
      importVolume: string;
      importValue: string;
      sourceCountries: string;
      localProductionShare: string;
      investment: string;
      jobs: string;
      status: string;
      potentialScore: string;
      scoreOutOf: string;
      scoreParts: string;
      points: string;
      districtFits: string;
    };
    opportunityStatus: {
      open: string;
      investor_found: string;
      in_production: string;
      archived: string;
    };
    scoreParts: {
      importValue: string;
      importDependence: string;
      jobs: string;
      capitalEfficiency: string;
      districtFit: string;
    };
    fitReasons: {
      raw_materials: string;
      anchor_buyers: string;
      land: string;
      labour: string;
      logistics: string;
    };
    importUnits: {
      t: string;
      thousand_units: string;
      m3: string;
      m2: string;
      units: string;
    };
    ppp: {
      sector: string;
      form: string;
      stage: string;
      need: string;
      capex: string;
      term: string;
      years: string;
      publicPartner: string;
      tenderDeadline: string;
      noTender: string;
      district: string;
      location: string;
    };
    pppStage: {
      idea: string;
      concept: string;
      tender: string;
      contract: string;
      operation: string;
    };
    pppForm: {
      concession: string;
      trust_management: string;
      service_contract: string;
      lease: string;
      life_cycle_contract: string;
    };
    pppNeed: {
      drinking_water: string;
      heat_supply: string;
      clean_air: string;
      green_technology: string;
      higher_education: string;
      health_care: string;
      housing: string;
      tourism: string;
      transport: string;
    };
    programme: {
      operator: string;
      instrument: string;
      status: string;
      currentVersion: string;
      terms: string;
      amount: string;
      rate: string;
      term: string;
      months: string;
      applicationWindow: string;
      acceptsApplications: string;
      applicationChannel: string;
      decisionDeadline: string;
      workingDays: string;
      requiredDocuments: string;
      obligations: string;
      eligibility: string;
      noRules: string;
      versions: string;
      legalAct: string;
      effective: string;
      annulledBy: string;
      historicalNote: string;
    };
    programmeStatus: {
      active: string;
      historical: string;
    };
    instrument: {
      interest_subsidy: string;
      loan_guarantee: string;
      grant: string;
      microcredit: string;
      training: string;
      service_support: string;
    };
    versionStatus: {
      in_force: string;
      expired: string;
      annulled: string;
    };
    channel: {
      portal: string;
      egov: string;
      operator: string;
    };
    rateKind: {
      subsidy_share: string;
      guarantee_share: string;
      interest_rate: string;
      grant_share: string;
    };
    /** Eligibility rules as sentences; `{name}` marks a value filled in. */
    rules: {
      from: string;
      to: string;
      applicantKind: string;
      applicantAge: string;
      applicantStatus: string;
      businessAge: string;
      businessSize: string;
      sectorsAllowed: string;
      sectorsExcluded: string;
      districts: string;
      projectCost: string;
      ownContribution: string;
      certificate: string;
    };
    applicantKind: {
      individual: string;
      individual_entrepreneur: string;
      legal_entity: string;
      agricultural_cooperative: string;
    };
    applicantStatus: {
      unemployed: string;
      youth: string;
      woman: string;
      person_with_disability: string;
      rural_resident: string;
      large_family: string;
      self_employed: string;
    };
    businessSize: {
      micro: string;
      small: string;
      medium: string;
      large: string;
    };
    certificate: {
      bastau_business: string;
    };
    slot: {
      sez: string;
      site: string;
      area: string;
      hectares: string;
      targetIndustries: string;
      utilities: string;
      railSpur: string;
      distanceToRail: string;
      distanceToRoad: string;
      km: string;
      siteType: string;
      dealForms: string;
      leaseRate: string;
      perHaYear: string;
      price: string;
      cadastralNumber: string;
      zoning: string;
      status: string;
      district: string;
      power: string;
      location: string;
      participants: string;
      registered: string;
      operating: string;
      utility: string;
      maximum: string;
      noConnection: string;
    };
    slotStatus: {
      available: string;
      reserved: string;
      under_negotiation: string;
      occupied: string;
    };
    siteType: {
      greenfield: string;
      brownfield: string;
    };
    dealForm: {
      lease: string;
      purchase: string;
    };
    utility: {
      power: string;
      water: string;
      sewerage: string;
      heat: string;
      gas: string;
    };
    utilityUnits: {
      MW: string;
      'm3/day': string;
      'Gcal/h': string;
      'm3/h': string;
    };
  };
  /** Registration, sign-in, the "my account" menu and the profile page; `{name}` marks a value filled in. */
  accounts: {
    menu: {
      label: string;
      signIn: string;
      register: string;
      myAccount: string;
      signOut: string;
    };
    signIn: {
      title: string;
      email: string;
      password: string;
      submit: string;
      submitting: string;
      noAccount: string;
      registerLink: string;
      wrongCredentials: string;
      slowedDown: string;
    };
    register: {
      title: string;
      role: string;
      email: string;
      password: string;
      passwordHint: string;
      fullName: string;
      phone: string;
      phoneHint: string;
      district: string;
      submit: string;
      submitting: string;
      haveAccount: string;
      signInLink: string;
      emailTaken: string;
    };
    account: {
      title: string;
      loading: string;
      loadFailed: string;
      retry: string;
      email: string;
      role: string;
      profileHeading: string;
      fullName: string;
      phone: string;
      district: string;
      noDistrict: string;
      hasBusiness: string;
      businessHeading: string;
      businessName: string;
      binIin: string;
      binIinHint: string;
      legalForm: string;
      okedCode: string;
      okedHint: string;
      size: string;
      save: string;
      saving: string;
      saved: string;
    };
    /** The signed-in person's devices, each of which can be signed out. */
    sessions: {
      heading: string;
      intro: string;
      unknownDevice: string;
      signedIn: string;
      lastActive: string;
      from: string;
      end: string;
      ended: string;
      failed: string;
      retry: string;
    };
    /** The general error above a form when no field is named. */
    failed: string;
    roles: {
      entrepreneur: string;
      investor: string;
      officer: string;
      admin: string;
    };
    legalForm: {
      individual_entrepreneur: string;
      llp: string;
      jsc: string;
      farm: string;
      cooperative: string;
    };
    companySize: {
      micro: string;
      small: string;
      medium: string;
      large: string;
    };
    validation: {
      required: string;
      email: string;
      minLength: string;
      maxLength: string;
      commonPassword: string;
      phone: string;
      binIin: string;
      okedCode: string;
    };
  };
  /** The administrators' pages: people, their roles and sessions, and their audit events; `{name}` marks a value filled in. */
  admin: {
    menuLink: string;
    auditLink: string;
    catalogueLink: string;
    importsLink: string;
    people: {
      title: string;
      lead: string;
      search: string;
      searchButton: string;
      role: string;
      anyRole: string;
      found: string;
      loading: string;
      loadFailed: string;
      retry: string;
      empty: string;
      clearFilters: string;
      name: string;
      email: string;
      status: string;
      created: string;
      active: string;
      deactivated: string;
      you: string;
      create: string;
      pages: string;
      previous: string;
      next: string;
      range: string;
    };
    person: {
      close: string;
      lastSignIn: string;
      never: string;
      self: string;
    };
    reason: string;
    reasonOptional: string;
    reasonHint: string;
    cancel: string;
    refused: string;
    ownAccount: string;
    notFound: string;
    forbidden: string;
    changeRole: {
      heading: string;
      role: string;
      submit: string;
      unchanged: string;
      confirmTitle: string;
      confirmText: string;
      done: string;
    };
    deactivate: {
      heading: string;
      submit: string;
      confirmTitle: string;
      confirmText: string;
      done: string;
    };
    reactivate: {
      heading: string;
      submit: string;
      confirmTitle: string;
      confirmText: string;
      done: string;
    };
    revokeSessions: {
      heading: string;
      submit: string;
      confirmTitle: string;
      confirmText: string;
      done: string;
    };
    create: {
      title: string;
      lead: string;
      email: string;
      fullName: string;
      role: string;
      password: string;
      passwordHint: string;
      submit: string;
      submitting: string;
      done: string;
    };
    history: {
      heading: string;
      loading: string;
      loadFailed: string;
      empty: string;
      actor: string;
      byYou: string;
      byAdministrator: string;
      byCommand: string;
      reason: string;
      roleChange: string;
      sessionsEnded: string;
      /** Catalogue changes: the item's code, the fields changed, the import's file and result. */
      item: string;
      fields: string;
      file: string;
      importResult: string;
    };
    /** One label per audit action (`AUDIT_ACTIONS` of accounts/domain). */
    actions: {
      'account.registered': string;
      'sign_in.succeeded': string;
      'sign_in.failed': string;
      sign_out: string;
      'session.reuse_detected': string;
      'profile.updated': string;
      'account.created': string;
      'account.role_changed': string;
      'account.deactivated': string;
      'account.reactivated': string;
      'sessions.revoked': string;
      'session.ended': string;
      'assessment.claimed': string;
      'catalogue.created': string;
      'catalogue.updated': string;
      'catalogue.published': string;
      'catalogue.unpublished': string;
      'catalogue.imported': string;
      'import.uploaded': string;
      'import.applied': string;
      'import.cancelled': string;
    };
  };
  /** The onboarding questionnaire, its results and the business-opening checklist; `{name}` marks a value filled in. */
  onboarding: {
    title: string;
    lead: string;
    progress: string;
    next: string;
    back: string;
    steps: {
      about: string;
      idea: string;
      money: string;
      results: string;
    };
    about: {
      kind: string;
      kinds: {
        individual: string;
        individual_entrepreneur: string;
        legal_entity: string;
        agricultural_cooperative: string;
      };
      ageMode: string;
      byAge: string;
      byBirthDate: string;
      age: string;
      birthDate: string;
      statuses: string;
      statusesHint: string;
      businessAge: string;
      businessAgeHint: string;
    };
    idea: {
      sectors: string;
      sectorsHint: string;
      sectorSearch: string;
      noSectorMatch: string;
      removeSector: string;
      district: string;
      size: string;
      sizes: {
        micro: string;
        small: string;
        medium: string;
        large: string;
      };
      experience: string;
      experienceHint: string;
    };
    money: {
      projectCost: string;
      projectCostHint: string;
      ownMoney: string;
      ownMoneyHint: string;
      certificate: string;
      certificateHint: string;
      issuedOn: string;
    };
    review: {
      lead: string;
      kind: string;
      age: string;
      district: string;
      sectors: string;
      noSectors: string;
      money: string;
      moneyValue: string;
      submit: string;
      submitting: string;
    };
    validation: {
      required: string;
      whole: string;
      range: string;
      positive: string;
      date: string;
      future: string;
      ageFromDate: string;
      sector: string;
      tooManySectors: string;
    };
    failed: string;
    earlier: {
      heading: string;
      item: string;
    };
    results: {
      title: string;
      lead: string;
      loading: string;
      loadFailed: string;
      retry: string;
      summaryHeading: string;
      verdicts: {
        eligible: string;
        nearly: string;
        not: string;
      };
      summaryText: string;
      eligibleHeading: string;
      nearlyHeading: string;
      notHeading: string;
      noneEligible: string;
      qualifyBecause: string;
      wouldQualifyIf: string;
      alreadyMet: string;
      whyNot: string;
      upTo: string;
      programmeLink: string;
      opportunitiesHeading: string;
      opportunitiesLead: string;
      score: string;
      points: string;
      noOpportunities: string;
      linkHeading: string;
      linkText: string;
      linkLabel: string;
      copy: string;
      copied: string;
      copyFailed: string;
      print: string;
      changeAnswers: string;
    };
    checklist: {
      heading: string;
      lead: string;
      done: string;
      todo: string;
      registeredNote: string;
      certificateNote: string;
    };
    save: {
      heading: string;
      lead: string;
      fullName: string;
      email: string;
      password: string;
      passwordHint: string;
      submit: string;
      submitting: string;
      haveAccount: string;
      signIn: string;
      signedInLead: string;
      claim: string;
      claiming: string;
      done: string;
      failed: string;
    };
  };
  /** The officers' demand figures at /officer/demand. */
  demand: {
    title: string;
    lead: string;
    filters: string;
    from: string;
    to: string;
    district: string;
    allDistricts: string;
    reset: string;
    loading: string;
    error: string;
    retry: string;
    empty: string;
    total: string;
    fewer: string;
    noRows: string;
    byDistrict: string;
    bySector: string;
    byProgramme: string;
    excludingRules: string;
    table: string;
    csv: string;
    count: string;
    sector: string;
    programme: string;
    rule: string;
    legend: string;
    verdicts: {
      eligible: string;
      nearly: string;
      not: string;
    };
  };
  /**
   * What the shell says about applications: the account menu's links and the status labels the
   * notification bell uses. The pages' own strings live in their lazy chunks.
   */
  applications: {
    mine: string;
    queue: string;
    /** One label per status key (`APPLICATION_STATUSES` of applications/domain). */
    status: {
      draft: string;
      submitted: string;
      in_review: string;
      information_requested: string;
      resubmitted: string;
      approved: string;
      rejected: string;
      withdrawn: string;
    };
  };
  /** The notification bell in the toolbar; `{name}` marks a value filled in. */
  notifications: {
    label: string;
    labelUnread: string;
    heading: string;
    none: string;
    unread: string;
    markAllRead: string;
    statusChanged: string;
    message: string;
    requestStatusChanged: string;
    requestMessage: string;
  };
  /** The open data page and the footer's links. */
  openData: {
    title: string;
    lead: string;
    licence: string;
    rows: string;
    dataDate: string;
    apiDocs: string;
    openApi: string;
    footerLabel: string;
    loading: string;
    loadFailed: string;
  };
  /** Investors' reservations and expressions of interest. */
  investors: {
    navLink: string;
    match: string;
    /** The account menu's link to the officers' dashboard. */
    dashboard: string;
    mine: string;
    queue: string;
    reserve: string;
    interest: string;
    compare: string;
    capacityHeading: string;
    status: Record<
      | 'requested'
      | 'held'
      | 'under_negotiation'
      | 'contracted'
      | 'released'
      | 'expired'
      | 'withdrawn'
      | 'submitted'
      | 'agreed'
      | 'declined',
      string
    >;
  };
};
