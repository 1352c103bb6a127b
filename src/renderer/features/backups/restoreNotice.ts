const KEY = 'common-ground.restored';

/**
 * The app reloads after a restore so that every screen reads the restored data afresh; the
 * message saying what happened is kept for the page that comes back.
 */
export function rememberRestoreNotice(text: string): void {
  try {
    sessionStorage.setItem(KEY, text);
  } catch {
    // Without session storage the restore still happened; only the message is lost.
  }
}

/** The message of a restore that has just happened, once. */
export function takeRestoreNotice(): string | null {
  try {
    const text = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return text;
  } catch {
    return null;
  }
}
