export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; reason?: string; field?: string; errorId?: string; stacktrace?: unknown };
}

export interface GqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
  raw: string;
}

/** A plain HTTP GraphQL client: what any real client sends, nothing mocked. */
export class GqlClient {
  constructor(readonly url: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const raw = await response.text();
    let parsed: { data?: T | null; errors?: GqlError[] } = {};
    try {
      parsed = JSON.parse(raw);
    } catch {
      // Not JSON (e.g. an HTML error page): leave data and errors empty; tests look at status and raw.
    }
    return { status: response.status, data: parsed.data, errors: parsed.errors, raw };
  }

  /** Like request, but fails loudly on any GraphQL error. */
  async ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T> {
    const result = await this.request<T>(query, variables, token);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL request failed (${result.status}): ${JSON.stringify(result.errors ?? result.raw)}`);
    }
    return result.data;
  }

  async login(email: string, password: string) {
    const data = await this.ok<{
      login: { accessToken: string; refreshToken: string; accessTokenExpiresAt: string; user: { id: string } };
    }>(
      `mutation Login($email: String!, $password: String!) {
        login(email: $email, password: $password) { accessToken refreshToken accessTokenExpiresAt user { id } }
      }`,
      { email, password },
    );
    return data.login;
  }
}

export function errorCodes(response: GqlResponse<unknown>): string[] {
  return (response.errors ?? []).map((e) => e.extensions?.code ?? 'NONE');
}
