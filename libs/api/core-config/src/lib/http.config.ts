import { registerAs } from '@nestjs/config';
import { validateEnvironment } from './environment';
import { DEFAULT_TRUST_PROXY, parseTrustProxy, type TrustProxy } from './trust-proxy';

/** The groups of routes throttled per client address. */
export type ThrottledAction = 'signIn' | 'register' | 'refresh' | 'assessment';

export type HttpConfig = {
  trustProxy: TrustProxy;
  /** Requests a minute one client address may make to each group, per API instance. */
  requestsPerMinute: Record<ThrottledAction, number>;
};

export const httpConfig = registerAs('http', (): HttpConfig => {
  const env = validateEnvironment(process.env);
  return {
    // validateEnvironment has refused a TRUST_PROXY that parseTrustProxy cannot read.
    trustProxy: (env.TRUST_PROXY === undefined ? null : parseTrustProxy(env.TRUST_PROXY)) ?? [...DEFAULT_TRUST_PROXY],
    requestsPerMinute: {
      signIn: env.THROTTLE_SIGN_IN_PER_MINUTE ?? 10,
      register: env.THROTTLE_REGISTER_PER_MINUTE ?? 5,
      // The web app refreshes once per page load and every 15 minutes per tab.
      refresh: env.THROTTLE_REFRESH_PER_MINUTE ?? 60,
      // Onboarding questionnaires saved: a person trying variations of their answers stays well under it.
      assessment: env.THROTTLE_ASSESSMENTS_PER_MINUTE ?? 20,
    },
  };
});
