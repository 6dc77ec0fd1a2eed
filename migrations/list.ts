import { Initial1795448158011 } from './1795448158011-initial';
import { CasesAndClinicalData1795451665417 } from './1795451665417-cases-and-clinical-data';
import { PharmacistReviews1795451791535 } from './1795451791535-pharmacist-reviews';
import { ImagingReports1795451827296 } from './1795451827296-imaging-reports';
import { PharmacistReviewSignerName1795451834101 } from './1795451834101-pharmacist-review-signer-name';
import { Decisions1795454922153 } from './1795454922153-decisions';
import { FollowUpSchedulingAndNotifications1796002638881 } from './1796002638881-follow-up-scheduling-and-notifications';
import { Meetings1796002955212 } from './1796002955212-meetings';
import { Kpis1796003116876 } from './1796003116876-kpis';
import { MeetingInvitations1796007990596 } from './1796007990596-meeting-invitations';
/** Migrations in order; `npm run db:migration:generate -- <Name>` appends to this list. */
export const ALL_MIGRATIONS: (new () => object)[] = [Initial1795448158011, CasesAndClinicalData1795451665417, PharmacistReviews1795451791535, ImagingReports1795451827296, PharmacistReviewSignerName1795451834101, Decisions1795454922153, FollowUpSchedulingAndNotifications1796002638881, Meetings1796002955212, Kpis1796003116876, MeetingInvitations1796007990596];
