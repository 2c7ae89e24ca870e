using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Localization;
using Internships.Domain.Applications;
using Internships.Domain.Badges;
using Internships.Domain.Common;
using Internships.Domain.Accounts;
using Internships.Domain.Matching;
using Internships.Domain.Notifications;
using Internships.Domain.Placements;
using Internships.Domain.Postings;
using Internships.Domain.Reports;
using Internships.Domain.Roster;
using Shouldly;

namespace Internships.UnitTests.Localization;

/// <summary>
/// Every key the rules refuse with (<see cref="RuleKeys"/>) and every word of a refused state change has its words in
/// <c>RuleText.resx</c> (its Spanish twin is checked by <see cref="ResourceCompletenessTests"/>); a refusal reads in
/// Spanish for a Spanish reader and exactly as its English sentence for an English one.
/// </summary>
public sealed partial class RuleTextTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(Languages.English);
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo(Languages.Spanish);

    public static IEnumerable<string> KeysOfTheRules() =>
        typeof(RuleKeys).GetNestedTypes().Prepend(typeof(RuleKeys))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    [Test]
    public void There_are_keys_to_check() => KeysOfTheRules().Count().ShouldBeGreaterThan(40);

    [TestCaseSource(nameof(KeysOfTheRules))]
    public void Every_key_of_the_rules_has_its_words(string key)
    {
        key.ShouldStartWith("Rule.");
        RuleText.Find(key, CultureInfo.InvariantCulture).ShouldNotBeNull($"{key} is missing from RuleText.resx");
        RuleText.Find(key, Spanish).ShouldNotBe(RuleText.Find(key, CultureInfo.InvariantCulture), $"{key} has no Spanish of its own");
    }

    /// <summary>The states of the translated state machines, as the domain writes them ("under review" is UnderReview).</summary>
    [Test]
    public void Every_state_of_the_translated_state_machines_has_its_word()
    {
        var states = Enum.GetNames<ApplicationStatus>().Concat(Enum.GetNames<PlacementStatus>())
            .Concat(Enum.GetNames<PostingStatus>()).Concat(Enum.GetNames<TimesheetStatus>()).Concat(Enum.GetNames<MatchRoundStatus>()).Distinct();
        foreach (var state in states)
        {
            RuleText.Find("Rule.State." + state, Spanish).ShouldNotBeNull(state);
        }

        var badgeStates = Enum.GetValues<BadgeClaimStatus>().Select(BadgeClaim.Words).Concat(Enum.GetValues<BadgeProposalStatus>().Select(BadgeProposal.Words));
        foreach (var words in badgeStates)
        {
            RuleText.Find(RuleKeys.Word("State", words), Spanish).ShouldNotBeNull(words);
        }
    }

    /// <summary>
    /// The entities and actions the translated areas refuse state changes with, read from their source, so a new action
    /// written there without its words fails here.
    /// </summary>
    [TestCase("Applications/InternshipApplication.cs")]
    [TestCase("Placements/Placement.cs")]
    [TestCase("Placements/TimesheetEntry.cs")]
    [TestCase("Postings/InternshipPosting.cs")]
    [TestCase("Evaluations/Evaluation.cs")]
    [TestCase("Matching/MatchRound.cs")]
    [TestCase("Badges/BadgeClaim.cs")]
    [TestCase("Badges/BadgeProposal.cs")]
    [TestCase("Badges/BadgeAward.cs")]
    [TestCase("Contacts/ContactLogEntry.cs")]
    public void Every_word_of_a_refused_state_change_has_its_Spanish(string file)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Internships.Domain", file));
        var entities = Entity().Matches(source).Select(m => RuleKeys.Word("Entity", m.Groups["word"].Value));
        var actions = Action().Matches(source).Select(m => RuleKeys.Word("Action", m.Groups["word"].Value));
        var words = entities.Concat(actions).Distinct().ToList();
        words.ShouldNotBeEmpty();
        words.Where(key => RuleText.Find(key, Spanish) is null).ShouldBeEmpty($"words of {file} missing from RuleText.resx");
    }

    [Test]
    public void A_refusal_reads_in_Spanish_with_its_days_written_the_Spanish_way()
    {
        var refusal = new DomainRuleException(RuleKeys.Timesheets.OutsidePlacement, "The placement runs from Jan 5, 2027 to Apr 5, 2027.",
            new DateOnly(2027, 1, 5), new DateOnly(2027, 4, 5));

        In(Spanish, () => RuleText.Describe(refusal)).ShouldBe("La pasantía va del 5 ene 2027 al 5 abr 2027.");
        In(English, () => RuleText.Describe(refusal)).ShouldBe("The placement runs from Jan 5, 2027 to Apr 5, 2027.");
    }

    [Test]
    public void A_refused_state_change_reads_in_Spanish_and_a_word_agrees_with_its_record()
    {
        In(Spanish, () => RuleText.Describe(new InvalidStateTransitionException("application", "under review", "accepted")))
            .ShouldBe("La solicitud está en estado «En revisión»; no se puede aceptar.");
        In(Spanish, () => RuleText.Describe(new InvalidStateTransitionException("timesheet entry", "approved", "changed")))
            .ShouldBe("El registro de horas está en estado «Aprobado»; no se puede cambiar.");
        In(English, () => RuleText.Describe(new InvalidStateTransitionException("timesheet entry", "approved", "changed")))
            .ShouldBe("The timesheet entry is approved; it cannot be changed.");
    }

    [Test]
    public void The_reasons_a_student_may_not_apply_read_in_Spanish_one_after_the_other()
    {
        // A list, as the domain gives it (an array would be taken for the arguments themselves).
        List<RuleMessage> reasons =
        [
            new(RuleKeys.Applications.NotEnrolled, "You are not currently enrolled in the district."),
            new(RuleKeys.Applications.TooYoung, "You must be at least 16 on the start date (Jun 1, 2027).", [16, new DateOnly(2027, 6, 1)]),
        ];
        var refusal = new DomainRuleException(RuleKeys.Applications.NotEligible, "You are not eligible for this posting: …", reasons);

        In(Spanish, () => RuleText.Describe(refusal)).ShouldBe(
            "No cumples los requisitos de esta publicación: En este momento no estás inscrito en el distrito. "
            + "Debes tener al menos 16 años en la fecha de inicio (1 jun 2027).");
    }

    /// <summary>The states other refusals name (an invitation revoked, a notification sent, a suggestion confirmed, a report queued).</summary>
    [Test]
    public void Every_state_a_refusal_names_has_its_word()
    {
        var states = Enum.GetNames<NotificationStatus>().Concat(Enum.GetNames<InvitationStatus>()).Concat(Enum.GetNames<SuggestionStatus>())
            .Concat(Enum.GetNames<ReportStatus>())
            .Except([nameof(NotificationStatus.Failed), nameof(ReportStatus.Ready)]) // refused only when not failed; a failed report has its own sentence
            .Distinct();
        states.Where(state => RuleText.Find(RuleKeys.Word("State", state.ToLowerInvariant()), Spanish) is null).ShouldBeEmpty();
    }

    [Test]
    public void The_own_account_refusal_and_a_state_in_a_refusal_read_in_Spanish()
    {
        var own = new ConflictException(RuleKeys.Accounts.NotYourOwnAccount, "You cannot disable your own account.", RuleMessage.Word("OwnAccount", "disable"));
        In(Spanish, () => RuleText.Describe(own)).ShouldBe("No puede desactivar su propia cuenta.");
        In(English, () => RuleText.Describe(own)).ShouldBe("You cannot disable your own account.");

        var revoked = new DomainRuleException(RuleKeys.Accounts.InvitationAlready, "The invitation was already revoked.", RuleMessage.Word("State", "revoked"));
        In(Spanish, () => RuleText.Describe(revoked)).ShouldBe("La invitación ya estaba en estado «Revocada».");

        var day = new ConflictException(RuleKeys.Timesheets.DayTotal, "That would make 13.5 hours on Jan 5, 2027; a day has at most 12.",
            13.5m, new DateOnly(2027, 1, 5), 12m);
        In(Spanish, () => RuleText.Describe(day)).ShouldBe("Eso sumaría 13.5 horas el 5 ene 2027; un día tiene como máximo 12.");
    }

    [Test]
    public void A_refusal_without_a_key_or_with_an_unknown_word_stays_in_English()
    {
        In(Spanish, () => RuleText.Describe(new DomainRuleException("Something only English knows."))).ShouldBe("Something only English knows.");
        In(Spanish, () => RuleText.Describe(new InvalidStateTransitionException("widget", "open", "frobbed")))
            .ShouldBe("The widget is open; it cannot be frobbed.");
        In(Spanish, () => RuleText.Describe(new ConflictException(RuleKeys.Evaluations.FinalAlreadyIn, "The final evaluation is already in.")))
            .ShouldBe("La evaluación final ya se entregó.");
    }

    private static T In<T>(CultureInfo culture, Func<T> action)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }

    [GeneratedRegex("InvalidStateTransitionException\\(\"(?<word>[^\"]+)\"")]
    private static partial Regex Entity();

    [GeneratedRegex("(?:Move\\(\\w+\\.\\w+, |EnsureIn\\(|EnsureWaiting\\(|EnsureActive\\(|Require\\(\\w+\\.\\w+, |InvalidStateTransitionException\\(\"[^\"]+\", [^,]+, )\"(?<word>[^\"]+)\"")]
    private static partial Regex Action();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Internships.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Internships.sln not found above the test directory.");
    }
}
