import { type EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { AuthStore } from './auth-store';

/**
 * Starts the silent refresh when the app starts, without holding up the first page: guards wait
 * for it, and the toolbar shows the person once it is in.
 */
export function provideAuth(): EnvironmentProviders {
  return provideAppInitializer(() => {
    void inject(AuthStore).restore();
  });
}
