/* eslint-disable */
import * as types from "./graphql";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      displayName\n    }\n  }\n}": typeof types.LoginDocument;
  "mutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}": typeof types.LogoutDocument;
  "mutation Refresh($refreshToken: String!) {\n  refresh(refreshToken: $refreshToken) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      displayName\n    }\n  }\n}": typeof types.RefreshDocument;
  "query LiveMeeting($id: ID!) {\n  meeting(id: $id) {\n    id\n    title\n    status\n    startsAt\n    chairId\n    agenda {\n      id\n      caseId\n      position\n      case {\n        id\n        diagnosisText\n        question\n        patient {\n          id\n          givenName\n          familyName\n          mrn\n        }\n      }\n    }\n    quorum {\n      quorate\n      missing {\n        role\n        required\n        present\n      }\n    }\n  }\n}": typeof types.LiveMeetingDocument;
  "query UpcomingMeetings {\n  upcomingMeetings(first: 20) {\n    id\n    title\n    status\n    startsAt\n    durationMinutes\n    teamId\n  }\n}": typeof types.UpcomingMeetingsDocument;
  "query Me {\n  me {\n    id\n    email\n    displayName\n    roles\n    teams {\n      id\n      name\n    }\n  }\n}": typeof types.MeDocument;
};
const documents: Documents = {
  "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      displayName\n    }\n  }\n}":
    types.LoginDocument,
  "mutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}":
    types.LogoutDocument,
  "mutation Refresh($refreshToken: String!) {\n  refresh(refreshToken: $refreshToken) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      displayName\n    }\n  }\n}":
    types.RefreshDocument,
  "query LiveMeeting($id: ID!) {\n  meeting(id: $id) {\n    id\n    title\n    status\n    startsAt\n    chairId\n    agenda {\n      id\n      caseId\n      position\n      case {\n        id\n        diagnosisText\n        question\n        patient {\n          id\n          givenName\n          familyName\n          mrn\n        }\n      }\n    }\n    quorum {\n      quorate\n      missing {\n        role\n        required\n        present\n      }\n    }\n  }\n}":
    types.LiveMeetingDocument,
  "query UpcomingMeetings {\n  upcomingMeetings(first: 20) {\n    id\n    title\n    status\n    startsAt\n    durationMinutes\n    teamId\n  }\n}":
    types.UpcomingMeetingsDocument,
  "query Me {\n  me {\n    id\n    email\n    displayName\n    roles\n    teams {\n      id\n      name\n    }\n  }\n}":
    types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      displayName\n    }\n  }\n}",
): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "mutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}",
): (typeof documents)["mutation Logout($refreshToken: String!) {\n  logout(refreshToken: $refreshToken)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "mutation Refresh($refreshToken: String!) {\n  refresh(refreshToken: $refreshToken) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      displayName\n    }\n  }\n}",
): (typeof documents)["mutation Refresh($refreshToken: String!) {\n  refresh(refreshToken: $refreshToken) {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "query LiveMeeting($id: ID!) {\n  meeting(id: $id) {\n    id\n    title\n    status\n    startsAt\n    chairId\n    agenda {\n      id\n      caseId\n      position\n      case {\n        id\n        diagnosisText\n        question\n        patient {\n          id\n          givenName\n          familyName\n          mrn\n        }\n      }\n    }\n    quorum {\n      quorate\n      missing {\n        role\n        required\n        present\n      }\n    }\n  }\n}",
): (typeof documents)["query LiveMeeting($id: ID!) {\n  meeting(id: $id) {\n    id\n    title\n    status\n    startsAt\n    chairId\n    agenda {\n      id\n      caseId\n      position\n      case {\n        id\n        diagnosisText\n        question\n        patient {\n          id\n          givenName\n          familyName\n          mrn\n        }\n      }\n    }\n    quorum {\n      quorate\n      missing {\n        role\n        required\n        present\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "query UpcomingMeetings {\n  upcomingMeetings(first: 20) {\n    id\n    title\n    status\n    startsAt\n    durationMinutes\n    teamId\n  }\n}",
): (typeof documents)["query UpcomingMeetings {\n  upcomingMeetings(first: 20) {\n    id\n    title\n    status\n    startsAt\n    durationMinutes\n    teamId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "query Me {\n  me {\n    id\n    email\n    displayName\n    roles\n    teams {\n      id\n      name\n    }\n  }\n}",
): (typeof documents)["query Me {\n  me {\n    id\n    email\n    displayName\n    roles\n    teams {\n      id\n      name\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
