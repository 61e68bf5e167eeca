import { AddBusinessProfile1795625163976 } from './migrations/1795625163976-AddBusinessProfile';
import { AddPppProjectAdministration1796500800000 } from './migrations/1796500800000-AddPppProjectAdministration';
import { CreateAccounts1795623830479 } from './migrations/1795623830479-CreateAccounts';
import { CreateCatalogueAdministration1796493600000 } from './migrations/1796493600000-CreateCatalogueAdministration';
import { CreateCatalogues1795620568059 } from './migrations/1795620568059-CreateCatalogues';
import { CreateApplications1796285234968 } from './migrations/1796285234968-CreateApplications';
import { CreateInvestorRequests1796406948760 } from './migrations/1796406948760-CreateInvestorRequests';
import { CreateOnboardingAssessments1795630983589 } from './migrations/1795630983589-CreateOnboardingAssessments';

/** Every migration, oldest first; listed explicitly because the API is bundled. */
export const MIGRATIONS = [
  CreateCatalogues1795620568059,
  CreateAccounts1795623830479,
  AddBusinessProfile1795625163976,
  CreateOnboardingAssessments1795630983589,
  CreateApplications1796285234968,
  CreateInvestorRequests1796406948760,
  CreateCatalogueAdministration1796493600000,
  AddPppProjectAdministration1796500800000,
];
