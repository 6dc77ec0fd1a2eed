import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';
import { Authorize } from '@consilium/server-core';
import { createFeatureTestApp, errorCodes, startTestApi, TestApi } from '@consilium/server-testing';
import { IdentityModule } from '../index';

/** Test-only resolvers: one forgot its policy, the others are team- and role-restricted. */
@Resolver()
class ProbeResolver {
  @Query(() => String)
  forgottenPolicy(): string {
    return 'should never be returned';
  }

  @Authorize({ roles: [Role.PHARMACIST] })
  @Query(() => String)
  pharmacistsOnly(): string {
    return 'ok';
  }
}

@Module({ providers: [ProbeResolver] })
class ProbeModule {}

describe('the global guard', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, ProbeModule]));
  });
  afterAll(() => api.close());

  it('refuses an operation that has no policy, even to an administrator', async () => {
    const response = await api.gql.request('{ forgottenPolicy }', {}, await api.tokenFor('admin'));
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.errors?.[0].extensions?.reason).toBe('NO_POLICY');
    expect(response.raw).not.toContain('should never be returned');
  });

  it('checks roles: a pharmacist passes, a physician is FORBIDDEN', async () => {
    expect((await api.gql.ok<{ pharmacistsOnly: string }>('{ pharmacistsOnly }', {}, await api.tokenFor('pharmacist'))).pharmacistsOnly).toBe('ok');
    const denied = await api.gql.request('{ pharmacistsOnly }', {}, await api.tokenFor('physician'));
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    expect(denied.errors?.[0].extensions?.reason).toBe('ROLE_REQUIRED');
  });
});
