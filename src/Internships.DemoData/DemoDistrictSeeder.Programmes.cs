using Internships.Application.Common.Security;
using Internships.Domain.Badges;
using Internships.Domain.Employers;
using Internships.Domain.Programmes;

namespace Internships.DemoData;

/// <summary>
/// A micro-credential for adults: the regional after-school consortium's blended STEM micro-credential for
/// out-of-school-time staff (a face-to-face session, two online modules, two coaching sessions and an observation:
/// 6.5 PD hours, a $150 fee). Its spring cohort is mid-way: attendance is taken, two of Westside Youth Center's staff
/// have completed it (so the centre holds the "STEM-Ready Agency" capacity badge), one waits only on the observation,
/// and the others are part-way through.
/// </summary>
public sealed partial class DemoDistrictSeeder
{
    public const string DemoTrainerEmail = "trainer@demo.local";
    public const string DemoObserverEmail = "observer@demo.local";
    public const string DemoParticipantEmail = "participant@demo.local";

    private static readonly string[] ProgrammeParticipants = ["Rosa Delgado", "Marcus Lee", "Priya Natarajan", "Tomás Herrera", "Kim Nguyen"];

    private async Task SeedProgrammeAsync(CancellationToken cancellationToken)
    {
        var agency = new Employer("Westside Youth Center", "After-school programme", "office@westsideyouth.example", Phone(),
            "https://www.westsideyouth.example", "Fresno", null, null);
        db.Employers.Add(agency);
        var facilitator = new BadgeClass(new BadgeClassDetails("STEM Facilitator",
            "Leads hands-on, inquiry-based STEM activities with children and youth in out-of-school time.",
            "Complete the consortium's blended STEM micro-credential: the face-to-face training, the online modules, two coaching sessions "
            + "and an observed activity scored on the facilitation rubric.",
            BadgeKind.Competency, BadgeRecipientType.Person, "#00695C", null, null, ["Inquiry-based learning", "Facilitation", "Safe use of materials"],
            [], [], null), _now.AddDays(-120));
        db.BadgeClasses.Add(facilitator);
        await db.SaveChangesAsync(cancellationToken);

        var programme = new Programme(new ProgrammeDetails("Blended STEM Micro-credential for After-School Staff",
            "Face-to-face training, self-directed online modules, one-on-one coaching and an in-person observation for out-of-school-time staff.",
            facilitator.Id, 6.5m, 150m),
            [
                new RequirementDetails(RequirementKind.Session, "Face-to-face training: STEM in after-school", 3m),
                new RequirementDetails(RequirementKind.OnlineModule, "Online module: asking good questions", 0.75m),
                new RequirementDetails(RequirementKind.OnlineModule, "Online module: materials and safety", 0.75m),
                new RequirementDetails(RequirementKind.Coaching, "One-on-one coaching", 1m, SessionsRequired: 2),
                new RequirementDetails(RequirementKind.Observation, "Observed STEM activity", 1m,
                    Criteria: ["Engages youth in asking questions", "Uses materials safely", "Connects the activity to everyday life"], PassingScore: 8),
            ], _now.AddDays(-120));
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        db.BadgeClasses.Add(new BadgeClass(new BadgeClassDetails("STEM-Ready Agency",
            "An after-school agency that built its staff's capacity to lead STEM: two or more of its staff earned the STEM Facilitator micro-credential.",
            "Two of the agency's staff complete the Blended STEM Micro-credential for After-School Staff.",
            BadgeKind.Capacity, BadgeRecipientType.Organisation, "#004D40", null, null, ["STEM programming"], [], [], null,
            StaffRule: new StaffProgrammeRule(programme.Id, 2)), _now.AddDays(-120)));

        var trainer = await CreateAccountAsync(DemoTrainerEmail, Roles.EmployerAdmin, u => u.EmployerId = agency.Id);
        var observer = await CreateAccountAsync(DemoObserverEmail, Roles.EmployerAdmin, u => u.EmployerId = agency.Id);
        var cohort = new Cohort(programme.Id, new CohortDetails("Spring cohort", _today.AddDays(-35), _today.AddDays(25), 12, trainer.Id, trainer.Id, observer.Id));
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(cancellationToken);

        var enrolments = new List<ProgrammeEnrolment>();
        for (var i = 0; i < ProgrammeParticipants.Length; i++)
        {
            var email = i == 0 ? DemoParticipantEmail : $"staff{i}@westsideyouth.example";
            var account = await CreateAccountAsync(email, Roles.EmployerAdmin, u => u.EmployerId = agency.Id);
            var enrolment = new ProgrammeEnrolment(cohort, account.Id, ProgrammeParticipants[i], email, agency.Id, programme.FeeAmount, TimeDaysAgo(40 - i));
            if (i != 3)
            {
                enrolment.RecordFee(i == 4 ? FeeStatus.Waived : FeeStatus.Paid, "coordinator@demo.local", TimeDaysAgo(36));
            }

            enrolments.Add(enrolment);
        }

        db.ProgrammeEnrolments.AddRange(enrolments);
        db.StaffCompletionTallies.Add(new StaffCompletionTally(programme.Id, agency.Id));
        await db.SaveChangesAsync(cancellationToken);

        // Attendance at the face-to-face session, for everyone (Tomás missed it).
        var steps = programme.Requirements.OrderBy(r => r.Step).ToList();
        foreach (var (enrolment, i) in enrolments.Select((e, i) => (e, i)))
        {
            Record(programme, enrolment, steps[0], ProgressEntry.Attendance(steps[0], present: i != 3, _today.AddDays(-30), trainer.Id, DemoTrainerEmail, TimeDaysAgo(30)));
        }

        // Rosa (the demo participant) waits only on her observation; Marcus and Priya have completed; Kim is part-way.
        foreach (var i in new[] { 0, 1, 2, 4 })
        {
            var enrolment = enrolments[i];
            var account = enrolment.ParticipantUserId;
            Record(programme, enrolment, steps[1], ProgressEntry.ModuleCompleted(steps[1], _today.AddDays(-25),
                "Finished the module on open-ended questions and tried the question ladder with my 4th graders.", null, account, enrolment.ParticipantEmail, TimeDaysAgo(25)));
            if (i == 4)
            {
                continue;
            }

            Record(programme, enrolment, steps[2], ProgressEntry.ModuleCompleted(steps[2], _today.AddDays(-20),
                "Finished the materials and safety module; set up a labelled materials station.", "https://learn.valleyconsortium.example/certificates/" + (4100 + i),
                account, enrolment.ParticipantEmail, TimeDaysAgo(20)));
            for (var session = 0; session < 2; session++)
            {
                Record(programme, enrolment, steps[3], ProgressEntry.CoachingSession(steps[3], _today.AddDays(-18 + (7 * session)),
                    session == 0 ? "Planned a paper-bridge challenge together." : "Reflected on the bridge challenge; next: more wait time.", trainer.Id,
                    DemoTrainerEmail, TimeDaysAgo(18 - (7 * session))));
            }

            if (i != 0)
            {
                Record(programme, enrolment, steps[4], ProgressEntry.Observed(steps[4], _today.AddDays(-3 - i), i == 1 ? [3, 4, 3] : [3, 3, 3],
                    "Youth tested and redesigned their bridges; clear safety routine.", observer.Id, DemoObserverEmail, TimeDaysAgo(3 + i)));
            }

            // Each step is saved as it happens: completing the programme awards its badges (and the agency's) through the domain events.
            await db.SaveChangesAsync(cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Record(Programme programme, ProgrammeEnrolment enrolment, ProgrammeRequirement requirement, ProgressEntry entry) =>
        enrolment.Record(programme, requirement, entry, entry.RecordedAt);
}
