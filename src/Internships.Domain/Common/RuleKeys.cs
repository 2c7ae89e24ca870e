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
    }

    public static class Timesheets
    {
        public const string HoursPerDay = "Rule.Timesheets.HoursPerDay";
        public const string FutureDay = "Rule.Timesheets.FutureDay";
        public const string OutsidePlacement = "Rule.Timesheets.OutsidePlacement";
        public const string NoSupervisorToApproveFor = "Rule.Timesheets.NoSupervisorToApproveFor";
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
}
