import type { Application, ApplicationDocument, PersonRef } from '@kbdm/applications/domain';

export const APPLICATION_ID = '3f6c1b8e-2a4d-4e5f-9a6b-7c8d9e0f1a2b';
export const PROGRAMME_ID = '9b1d2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

export const aida: PersonRef = {
  id: 'a1d2a3b4-0000-4000-8000-000000000001',
  fullName: 'Аида Нурланова',
  role: 'entrepreneur',
};
export const dana: PersonRef = {
  id: 'd1a2n3a4-0000-4000-8000-000000000002',
  fullName: 'Дана Аманжолова',
  role: 'officer',
};

export function anApplication(overrides: Partial<Application> = {}): Application {
  return {
    id: APPLICATION_ID,
    reference: 'KBDM-2026-000012',
    target: { kind: 'programme', id: PROGRAMME_ID, code: 'damu-subsidy', title: 'Іскер аймақ: субсидирование' },
    status: 'draft',
    projectTitle: 'Пекарня в Темиртау',
    district: { id: 'd-temirtau', code: 'temirtau', title: 'Темиртау' },
    applicant: aida,
    assignee: null,
    submittedAt: null,
    decisionDue: null,
    overdue: false,
    pausedWorkingDaysLeft: null,
    version: 3,
    updatedAt: '2026-03-10T05:41:00.000Z',
    form: { projectTitle: 'Пекарня в Темиртау' },
    filingChannel: 'portal',
    requiredDocuments: [{ index: 0, name: { kk: 'Бизнес-жоспар', ru: 'Бизнес-план', en: 'Business plan' } }],
    documents: [],
    events: [],
    actions: ['submit'],
    decidedAt: null,
    createdAt: '2026-03-10T05:00:00.000Z',
    ...overrides,
  };
}

export function aDocument(overrides: Partial<ApplicationDocument> = {}): ApplicationDocument {
  return {
    id: 'doc-1',
    requirement: 0,
    fileName: 'business-plan.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 240_000,
    sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    uploadedAt: '2026-03-10T06:00:00.000Z',
    uploadedBy: aida,
    ...overrides,
  };
}

export const DISTRICTS = [
  { id: 'd-temirtau', code: 'temirtau', title: 'Темиртау', name: { ru: 'Темиртау' } },
  { id: 'd-saran', code: 'saran', title: 'Сарань', name: { ru: 'Сарань' } },
];
