using System.Text;

namespace Internships.Domain.Common;

/// <summary>
/// The keys of the rules' sentences, in the application's <c>Resources/RuleText*.resx</c>: one constant per refusal,
/// so a test can check that every key has its words in English and Spanish.
/// </summary>
public static class RuleKeys
{
    /// <summary>The sentence of a refused state change: "The {0} is {1}; it cannot be {2}."</summary>
    public const string Transition = "Rule.Transition";

    /// <summary>
    /// The key of a word of a state change, from its English: ("Entity", "timesheet entry") is
    /// <c>Rule.Entity.TimesheetEntry</c>, ("Action", "completed (only an active one can be)")
    /// <c>Rule.Action.CompletedOnlyAnActiveOneCanBe</c>.
    /// </summary>
    public static string Word(string kind, string english)
    {
        var key = new StringBuilder("Rule.").Append(kind).Append('.');
        foreach (var part in english.Split([' ', '-', '(', ')', ',', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            key.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
        }

        return key.ToString();
    }

    public static class Applications
    {
        public const string DeadlinePassed = "Rule.Applications.DeadlinePassed";
        public const string NotTakingApplications = "Rule.Applications.NotTakingApplications";
        public const string NotEligible = "Rule.Applications.NotEligible";
        public const string NotEnrolled = "Rule.Applications.NotEnrolled";
        public const string WrongGrade = "Rule.Applications.WrongGrade";
        public const string TooYoung = "Rule.Applications.TooYoung";
        public const string OtherPathway = "Rule.Applications.OtherPathway";
        public const string BadgeNeeded = "Rule.Applications.BadgeNeeded";
        public const string PostingCannotOffer = "Rule.Applications.PostingCannotOffer";
        public const string NamedPostingCannotOffer = "Rule.Applications.NamedPostingCannotOffer";
        public const string PlacesFilled = "Rule.Applications.PlacesFilled";
        public const string RankStartsAtOne = "Rule.Applications.RankStartsAtOne";
        public const string AlreadyApplied = "Rule.Applications.AlreadyApplied";
    }

    public static class Timesheets
    {
        public const string HoursPerDay = "Rule.Timesheets.HoursPerDay";
        public const string FutureDay = "Rule.Timesheets.FutureDay";
        public const string OutsidePlacement = "Rule.Timesheets.OutsidePlacement";
        public const string NoSupervisorToApproveFor = "Rule.Timesheets.NoSupervisorToApproveFor";
        public const string DayTotal = "Rule.Timesheets.DayTotal";
    }

    public static class Placements
    {
        public const string DocumentNotNeeded = "Rule.Placements.DocumentNotNeeded";
        public const string DocumentExpiresTooSoon = "Rule.Placements.DocumentExpiresTooSoon";
        public const string RecordDocumentFirst = "Rule.Placements.RecordDocumentFirst";
        public const string SupervisorNotAtEmployer = "Rule.Placements.SupervisorNotAtEmployer";
        public const string FinalEvaluationMissing = "Rule.Placements.FinalEvaluationMissing";
        public const string HoursMissing = "Rule.Placements.HoursMissing";
        public const string WorkPermit = "Rule.Placements.WorkPermit";
        public const string GuardianConsent = "Rule.Placements.GuardianConsent";
        public const string TrainingAgreement = "Rule.Placements.TrainingAgreement";
    }

    public static class Evaluations
    {
        public const string NotTheSupervisor = "Rule.Evaluations.NotTheSupervisor";
        public const string NoSupervisor = "Rule.Evaluations.NoSupervisor";
        public const string RateEveryCompetency = "Rule.Evaluations.RateEveryCompetency";
        public const string UnknownCompetencies = "Rule.Evaluations.UnknownCompetencies";
        public const string ScoreRange = "Rule.Evaluations.ScoreRange";
        public const string MidpointAlreadyIn = "Rule.Evaluations.MidpointAlreadyIn";
        public const string FinalAlreadyIn = "Rule.Evaluations.FinalAlreadyIn";
        public const string CompetencyExists = "Rule.Evaluations.CompetencyExists";
    }

    public static class Postings
    {
        public const string NoPartnerAgreement = "Rule.Postings.NoPartnerAgreement";
        public const string DeadlinePassed = "Rule.Postings.DeadlinePassed";
        public const string SlotsFilled = "Rule.Postings.SlotsFilled";
        public const string OffersClosed = "Rule.Postings.OffersClosed";
        public const string EndsBeforeStart = "Rule.Postings.EndsBeforeStart";
        public const string DeadlineAfterStart = "Rule.Postings.DeadlineAfterStart";
        public const string SlotsWageHours = "Rule.Postings.SlotsWageHours";
        public const string PathwayAndGrade = "Rule.Postings.PathwayAndGrade";
        public const string LocationNeeded = "Rule.Postings.LocationNeeded";
    }

    public static class Matching
    {
        public const string ScrambleAfterPublished = "Rule.Matching.ScrambleAfterPublished";
        public const string MaxChoicesRange = "Rule.Matching.MaxChoicesRange";
        public const string DeadlineInThePast = "Rule.Matching.DeadlineInThePast";
        public const string PostingListedTwice = "Rule.Matching.PostingListedTwice";
        public const string NoPostings = "Rule.Matching.NoPostings";
        public const string RankingsFrozen = "Rule.Matching.RankingsFrozen";
        public const string RankingsClosed = "Rule.Matching.RankingsClosed";
        public const string TooManyChoices = "Rule.Matching.TooManyChoices";
        public const string ChosenTwice = "Rule.Matching.ChosenTwice";
        public const string NotInRound = "Rule.Matching.NotInRound";
        public const string ThatPostingNotInRound = "Rule.Matching.ThatPostingNotInRound";
        public const string LockBeforeRun = "Rule.Matching.LockBeforeRun";
        public const string ResultFinal = "Rule.Matching.ResultFinal";
        public const string RunFirst = "Rule.Matching.RunFirst";
        public const string NoSuchRun = "Rule.Matching.NoSuchRun";
        public const string NegativeCapacity = "Rule.Matching.NegativeCapacity";
        public const string CannotBeRanked = "Rule.Matching.CannotBeRanked";
        public const string UnknownPosting = "Rule.Matching.UnknownPosting";
        public const string PostingNotOpen = "Rule.Matching.PostingNotOpen";
        public const string AStudentCannotTakePart = "Rule.Matching.AStudentCannotTakePart";
        public const string StudentCannotTakePart = "Rule.Matching.StudentCannotTakePart";
        public const string PostingStoppedSinceRun = "Rule.Matching.PostingStoppedSinceRun";
        public const string AStudentDidNotChoose = "Rule.Matching.AStudentDidNotChoose";
        public const string StudentDidNotChoose = "Rule.Matching.StudentDidNotChoose";
    }

    public static class Students
    {
        public const string GradeRange = "Rule.Students.GradeRange";
        public const string AlreadyEnrolled = "Rule.Students.AlreadyEnrolled";
        public const string SsidDigits = "Rule.Students.SsidDigits";
        public const string NotEnrolled = "Rule.Students.NotEnrolled";
        public const string TooManyContacts = "Rule.Students.TooManyContacts";
        public const string NoSuchContact = "Rule.Students.NoSuchContact";
        public const string EnrolmentEndsBeforeStart = "Rule.Students.EnrolmentEndsBeforeStart";
        public const string SisIdExists = "Rule.Students.SisIdExists";
    }

    public static class Employers
    {
        public const string AgreementExpiresBeforeSigned = "Rule.Employers.AgreementExpiresBeforeSigned";
        public const string AlreadyInactive = "Rule.Employers.AlreadyInactive";
        public const string AlreadyActive = "Rule.Employers.AlreadyActive";
        public const string SignedDateFirst = "Rule.Employers.SignedDateFirst";
        public const string NameExists = "Rule.Employers.NameExists";
        public const string NameTaken = "Rule.Employers.NameTaken";
        public const string SupervisorEmailTaken = "Rule.Employers.SupervisorEmailTaken";
    }

    public static class Terms
    {
        public const string EndsBeforeStart = "Rule.Terms.EndsBeforeStart";
        public const string NameExists = "Rule.Terms.NameExists";
    }

    public static class Schools
    {
        public const string CdsCodeDigits = "Rule.Schools.CdsCodeDigits";
        public const string CodeExists = "Rule.Schools.CodeExists";
        public const string CodeTaken = "Rule.Schools.CodeTaken";
    }

    public static class Badges
    {
        public const string OnlyStudentsByPlacement = "Rule.Badges.OnlyStudentsByPlacement";
        public const string OnlyStudentsClaim = "Rule.Badges.OnlyStudentsClaim";
        public const string OnlyOrganisationsByStaff = "Rule.Badges.OnlyOrganisationsByStaff";
        public const string OwnPrerequisite = "Rule.Badges.OwnPrerequisite";
        public const string ForStudents = "Rule.Badges.ForStudents";
        public const string ForAdults = "Rule.Badges.ForAdults";
        public const string ForOrganisations = "Rule.Badges.ForOrganisations";
        public const string GuardianConsentNeeded = "Rule.Badges.GuardianConsentNeeded";
        public const string CredentialSigned = "Rule.Badges.CredentialSigned";
        public const string RevokedNoEvidence = "Rule.Badges.RevokedNoEvidence";
        public const string TooManyArtefacts = "Rule.Badges.TooManyArtefacts";
        public const string ProposalRecordsOnce = "Rule.Badges.ProposalRecordsOnce";
        public const string ProposalDeclineReason = "Rule.Badges.ProposalDeclineReason";
        public const string TooManyTasks = "Rule.Badges.TooManyTasks";
        public const string ProposalName = "Rule.Badges.ProposalName";
        public const string ProposalDescription = "Rule.Badges.ProposalDescription";
        public const string ProposalCriteria = "Rule.Badges.ProposalCriteria";
        public const string ProposalSkill = "Rule.Badges.ProposalSkill";
        public const string NotClaimable = "Rule.Badges.NotClaimable";
        public const string Retired = "Rule.Badges.Retired";
        public const string ClaimRecordsOnce = "Rule.Badges.ClaimRecordsOnce";
        public const string TooManyLinks = "Rule.Badges.TooManyLinks";
        public const string NotHttp = "Rule.Badges.NotHttp";
        public const string ClaimMoreNote = "Rule.Badges.ClaimMoreNote";
        public const string ClaimDeclineReason = "Rule.Badges.ClaimDeclineReason";
        public const string ClaimNarrative = "Rule.Badges.ClaimNarrative";
        public const string PrerequisitesFirst = "Rule.Badges.PrerequisitesFirst";
        public const string RosterListsStudents = "Rule.Badges.RosterListsStudents";
        public const string CompletedPlacementOnly = "Rule.Badges.CompletedPlacementOnly";
        public const string ClaimOpen = "Rule.Badges.ClaimOpen";
        public const string NameExists = "Rule.Badges.NameExists";
        public const string NameTaken = "Rule.Badges.NameTaken";
        public const string RecipientKindFixed = "Rule.Badges.RecipientKindFixed";
        public const string AlreadyHeld = "Rule.Badges.AlreadyHeld";
        public const string AwardedByHandBefore = "Rule.Badges.AwardedByHandBefore";
        public const string AwardedForThisBefore = "Rule.Badges.AwardedForThisBefore";
        public const string ProposalNameTaken = "Rule.Badges.ProposalNameTaken";
    }

    public static class Programmes
    {
        public const string RecordClosed = "Rule.Programmes.RecordClosed";
        public const string ScoreEachCriterionOf = "Rule.Programmes.ScoreEachCriterionOf";
        public const string ScoreEachCriterion = "Rule.Programmes.ScoreEachCriterion";
        public const string CapacityBelowEnrolled = "Rule.Programmes.CapacityBelowEnrolled";
        public const string CohortEndsBeforeStart = "Rule.Programmes.CohortEndsBeforeStart";
        public const string CohortFull = "Rule.Programmes.CohortFull";
        public const string RequirementCount = "Rule.Programmes.RequirementCount";
        public const string CoachingSessions = "Rule.Programmes.CoachingSessions";
        public const string RubricCriteria = "Rule.Programmes.RubricCriteria";
        public const string PassingScore = "Rule.Programmes.PassingScore";
        public const string AlreadyEnrolled = "Rule.Programmes.AlreadyEnrolled";
        public const string NameExists = "Rule.Programmes.NameExists";
        public const string RequirementsFixed = "Rule.Programmes.RequirementsFixed";
    }

    public static class Contacts
    {
        public const string FollowUpNeedsBoth = "Rule.Contacts.FollowUpNeedsBoth";
        public const string FollowUpBeforeContact = "Rule.Contacts.FollowUpBeforeContact";
        public const string NoFollowUp = "Rule.Contacts.NoFollowUp";
        public const string NotTheIntern = "Rule.Contacts.NotTheIntern";
    }

    public static class Guidance
    {
        public const string AnswerAll = "Rule.Guidance.AnswerAll";
        public const string AnswerRange = "Rule.Guidance.AnswerRange";
    }

    public static class StateReporting
    {
        public const string CourseCodeDigits = "Rule.StateReporting.CourseCodeDigits";
        public const string NotCoursesOf = "Rule.StateReporting.NotCoursesOf";
        public const string SsidTaken = "Rule.StateReporting.SsidTaken";
        public const string CannotReportYet = "Rule.StateReporting.CannotReportYet";
    }

    public static class Reports
    {
        public const string NoTermEnded = "Rule.Reports.NoTermEnded";
        public const string Failed = "Rule.Reports.Failed";
        public const string NotReady = "Rule.Reports.NotReady";
    }

    public static class Accounts
    {
        public const string InvitationClosed = "Rule.Accounts.InvitationClosed";
        public const string RecordNoLongerActive = "Rule.Accounts.RecordNoLongerActive";
        public const string AccountExistsSignIn = "Rule.Accounts.AccountExistsSignIn";
        public const string StudentsNeedNoInvitation = "Rule.Accounts.StudentsNeedNoInvitation";
        public const string AccountExists = "Rule.Accounts.AccountExists";
        public const string InvitationWaiting = "Rule.Accounts.InvitationWaiting";
        public const string RecordInactive = "Rule.Accounts.RecordInactive";
        public const string RecordInactiveEnableFirst = "Rule.Accounts.RecordInactiveEnableFirst";
        public const string NotYourOwnAccount = "Rule.Accounts.NotYourOwnAccount";
        public const string KeepYourOwnAdmin = "Rule.Accounts.KeepYourOwnAdmin";
        public const string InvitationNotResent = "Rule.Accounts.InvitationNotResent";
        public const string InvitationAlready = "Rule.Accounts.InvitationAlready";
        public const string TwoFactorOffAlready = "Rule.Accounts.TwoFactorOffAlready";
        public const string TwoFactorOffNoCodes = "Rule.Accounts.TwoFactorOffNoCodes";
        public const string TwoFactorOnAlready = "Rule.Accounts.TwoFactorOnAlready";
        public const string TwoFactorOnMoveApp = "Rule.Accounts.TwoFactorOnMoveApp";
    }

    public static class Pathways
    {
        public const string NameExists = "Rule.Pathways.NameExists";
        public const string NameTaken = "Rule.Pathways.NameTaken";
    }

    public static class Roster
    {
        public const string SuggestionDecided = "Rule.Roster.SuggestionDecided";
        public const string NotADryRun = "Rule.Roster.NotADryRun";
        public const string DryRunStillRead = "Rule.Roster.DryRunStillRead";
        public const string DryRunFoundErrors = "Rule.Roster.DryRunFoundErrors";
        public const string FailsWithErrors = "Rule.Roster.FailsWithErrors";
    }

    public static class Notifications
    {
        public const string OnlyFailedResent = "Rule.Notifications.OnlyFailedResent";
    }
}
