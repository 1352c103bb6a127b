import type { CommonGroundApi } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';

declare global {
  interface Window {
    readonly commonGround?: CommonGroundApi;
  }
}

const unavailable: Result<never> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'Common Ground is not connected to its data. Open it from the Common Ground app, not a browser.',
  },
};

function missingApi(): CommonGroundApi {
  const answer = () => Promise.resolve(unavailable);
  return new Proxy({} as CommonGroundApi, {
    get: () => new Proxy({}, { get: () => answer }),
  });
}

/** The only place in the renderer that touches the preload's API. */
export const api: CommonGroundApi = window.commonGround ?? missingApi();
