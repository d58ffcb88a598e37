// Fetching JSON from /api/. Without a session the server answers 401: go and log in.

export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * @param {string} url
 * @returns {Promise<any>} the answer; each page says what it expects (api-types.d.ts)
 */
export async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 401) {
    window.location.assign(`/inloggen?terug=${encodeURIComponent(window.location.pathname)}`);
    throw new ApiError(401, 'inloggen vereist');
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, body.fout ?? `fout ${response.status}`);
  return body;
}
