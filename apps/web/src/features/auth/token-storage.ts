// Where the tokens live, and why.
//
// Access token: in memory only (a field of the Session object). It is the credential every
// request carries, so it is the one an injected script would most want; kept out of Web
// Storage it is never written to disk and disappears with the page.
//
// Refresh token: sessionStorage. A reload, or following a link inside the same tab, can then
// restore the session without typing the password again, while the token stays scoped to this
// tab and is discarded when the tab closes — unlike localStorage, which is shared by every tab
// and survives a browser restart on a shared ward workstation.
//
// The trade-off: any script running in our origin (an XSS) can read sessionStorage, and
// "Duplicate tab" copies it, so two tabs may hold the same refresh token (with rotation, the
// second tab to refresh is then signed out). An HttpOnly, Secure, SameSite=Strict cookie set
// by the API would be out of reach of scripts and is the better long-term home; until the API
// issues one we rely on short access-token lifetimes, server-side rotation and revocation of
// refresh tokens, and on shipping no third-party scripts.

export interface RefreshTokenStorage {
  read(): string | null;
  write(token: string): void;
  clear(): void;
}

const KEY = 'consilium.refreshToken';

export function sessionStorageRefreshTokens(storage: Storage = window.sessionStorage): RefreshTokenStorage {
  return {
    read: () => {
      try {
        return storage.getItem(KEY);
      } catch {
        return null; // storage disabled (privacy mode): behave as signed out
      }
    },
    write: (token) => {
      try {
        storage.setItem(KEY, token);
      } catch {
        // Storage full or disabled: the session still works until the page is reloaded.
      }
    },
    clear: () => {
      try {
        storage.removeItem(KEY);
      } catch {
        // Nothing stored, nothing to clear.
      }
    },
  };
}

/** For tests and for browsers where Web Storage is unavailable. */
export function memoryRefreshTokens(): RefreshTokenStorage {
  let token: string | null = null;
  return {
    read: () => token,
    write: (value) => {
      token = value;
    },
    clear: () => {
      token = null;
    },
  };
}
