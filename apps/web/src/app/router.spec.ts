import { matchPath, readPath } from './router';

describe('router', () => {
  it('reads the path from the hash, without a trailing slash or query', () => {
    expect(readPath('#/cases/abc/?tab=1')).toBe('/cases/abc');
    expect(readPath('')).toBe('/');
  });

  it('matches patterns with parameters', () => {
    expect(matchPath('/cases/:id', '/cases/a%20b')).toEqual({ id: 'a b' });
    expect(matchPath('/cases/:id', '/cases')).toBeNull();
    expect(matchPath('/cases/:id', '/reports/x')).toBeNull();
    expect(matchPath('/worklist/refer', '/worklist/refer')).toEqual({});
  });
});
