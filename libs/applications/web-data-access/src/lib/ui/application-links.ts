import type { ApplicationTarget } from '@kbdm/applications/domain';

/** The catalogue page of what an application is for. */
export function targetPath(target: ApplicationTarget): string[] {
  switch (target.kind) {
    case 'programme':
      return ['/programmes', target.id];
    case 'opportunity':
      return ['/opportunities', target.id];
    case 'ppp_project':
      return ['/ppp-projects', target.id];
  }
}
