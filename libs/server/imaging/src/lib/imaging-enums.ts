import { registerEnumType } from '@nestjs/graphql';

/** The response criteria a report is read against (docs/imaging.md). */
export enum ResponseCriteria {
  RECIST_1_1 = 'RECIST_1_1',
  MRECIST = 'MRECIST',
  PERCIST = 'PERCIST',
  RANO = 'RANO',
  NONE = 'NONE',
}

/** DRAFT → FINAL; an amendment is a new row with status AMENDED that supersedes the earlier one. */
export enum ImagingReportStatus {
  DRAFT = 'DRAFT',
  FINAL = 'FINAL',
  AMENDED = 'AMENDED',
}

export enum LesionRole {
  TARGET = 'TARGET',
  NON_TARGET = 'NON_TARGET',
  NEW = 'NEW',
}

/** The radiologist's reading of the non-target disease at a follow-up (RECIST 1.1 / mRECIST). */
export enum NonTargetResponse {
  CR = 'CR',
  NON_CR_NON_PD = 'NON_CR_NON_PD',
  PD = 'PD',
  NE = 'NE',
  NONE = 'NONE',
}

export enum NewLesionFinding {
  NO = 'NO',
  YES = 'YES',
  EQUIVOCAL = 'EQUIVOCAL',
}

export enum RadiologistWorklistOrder {
  STUDY_DATE_ASC = 'STUDY_DATE_ASC',
  STUDY_DATE_DESC = 'STUDY_DATE_DESC',
  CREATED_AT_ASC = 'CREATED_AT_ASC',
}

registerEnumType(ResponseCriteria, {
  name: 'ResponseCriteria',
  description: 'RECIST 1.1, mRECIST (HCC), PERCIST 1.0, RANO 2.0, or none.',
});
registerEnumType(ImagingReportStatus, { name: 'ImagingReportStatus' });
registerEnumType(LesionRole, { name: 'LesionRole' });
registerEnumType(NonTargetResponse, {
  name: 'NonTargetResponse',
  description: 'NONE means there were no non-target lesions at baseline.',
});
registerEnumType(NewLesionFinding, { name: 'NewLesionFinding' });
registerEnumType(RadiologistWorklistOrder, {
  name: 'RadiologistWorklistOrder',
});
