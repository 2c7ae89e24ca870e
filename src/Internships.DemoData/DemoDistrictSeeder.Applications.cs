using System.Globalization;
using Internships.Domain.Applications;
using Internships.Domain.Common;
using Internships.Domain.Students;

namespace Internships.DemoData;

/// <summary>Applications: who applies where, and how far each one has got.</summary>
public sealed partial class DemoDistrictSeeder
{
    private static readonly int[] ApplicationsPerStudent = [0, 1, 2, 3, 4];
    private static readonly float[] ApplicationsPerStudentOdds = [0.16f, 0.24f, 0.27f, 0.20f, 0.13f];

    // How far an application has got depends on how long it has waited and on what became of its posting.
    private static readonly Odds JustSubmitted = new(
        (ApplicationStatus.Submitted, 0.75f), (ApplicationStatus.UnderReview, 0.15f),
        (ApplicationStatus.Rejected, 0.05f), (ApplicationStatus.Withdrawn, 0.05f));

    private static readonly Odds WaitingAWhile = new(
        (ApplicationStatus.Submitted, 0.35f), (ApplicationStatus.UnderReview, 0.33f), (ApplicationStatus.Rejected, 0.15f),
        (ApplicationStatus.Offered, 0.08f), (ApplicationStatus.Declined, 0.04f), (ApplicationStatus.Withdrawn, 0.05f));

    private static readonly Odds WaitingLong = new(
        (ApplicationStatus.Submitted, 0.10f), (ApplicationStatus.UnderReview, 0.22f), (ApplicationStatus.Rejected, 0.25f),
        (ApplicationStatus.Offered, 0.15f), (ApplicationStatus.Accepted, 0.15f), (ApplicationStatus.Declined, 0.07f),
        (ApplicationStatus.Withdrawn, 0.06f));

    /// <summary>Applicants who did not get a place in a filled posting; those still waiting are closed when it fills.</summary>
    private static readonly Odds NotPlaced = new(
        (ApplicationStatus.Submitted, 0.25f), (ApplicationStatus.UnderReview, 0.30f), (ApplicationStatus.Rejected, 0.30f),
        (ApplicationStatus.Declined, 0.05f), (ApplicationStatus.Withdrawn, 0.10f));

    /// <summary>A posting its employer closed early; those still waiting are closed with it.</summary>
    private static readonly Odds PostingClosed = new(
        (ApplicationStatus.Submitted, 0.25f), (ApplicationStatus.UnderReview, 0.25f), (ApplicationStatus.Rejected, 0.25f),
        (ApplicationStatus.Accepted, 0.10f), (ApplicationStatus.Declined, 0.05f), (ApplicationStatus.Withdrawn, 0.10f));

    /// <summary>
    /// The student@demo.local student: a junior, still a minor, in one pathway, with the widest choice of open postings
    /// (before anyone holds a badge, so postings that require one do not count).
    /// </summary>
    private void ChooseDemoStudent(District district) =>
        district.DemoStudent = Applicants(district)
            .Where(s => s.Grade == 11 && s.IsMinorOn(_today) && s.ActivePathwayIds.Count() == 1)
            .MaxBy(s => EligibleFor(district, s).Count(p => p.Seed.Stage == PostingStage.Open));

    private static List<Student> Applicants(District district) =>
        district.Students.Where(s => s.IsActive && Grades.IsInternshipGrade(s.Grade) && s.ActivePathwayIds.Any()).ToList();

    /// <summary>The postings taking applications that the student may apply to, with the badges they hold now.</summary>
    private static List<SeededPosting> EligibleFor(District district, Student student) =>
        district.Postings
            .Where(p => p.Seed.Stage is PostingStage.Open or PostingStage.Filled or PostingStage.Closed)
            .Where(p => p.Posting.EligibilityProblems(student, student.ActivePathwayIds, district.HeldBadgeIds(student)).Count == 0)
            .ToList();

    private async Task SeedApplicationsAsync(District district, CancellationToken cancellationToken)
    {
        var seeded = new List<SeededApplication>();
        foreach (var student in Applicants(district).Where(s => s != district.DemoStudent))
        {
            var eligible = EligibleFor(district, student);
            var count = Math.Min(eligible.Count, _random.WeightedRandom(ApplicationsPerStudent, ApplicationsPerStudentOdds));
            var rank = 1;
            foreach (var posting in _random.Shuffle(eligible).Take(count).ToList())
            {
                seeded.Add(Submit(posting, student, rank++, district));
            }
        }

        // The demo student has applied to two open postings and heard back on neither yet, so there is something to try.
        var demoApplications = new List<InternshipApplication>();
        if (district.DemoStudent is { } demoStudent)
        {
            var open = EligibleFor(district, demoStudent).Where(p => p.Seed.Stage == PostingStage.Open);
            var rank = 1;
            foreach (var posting in _random.Shuffle(open).Take(2).ToList())
            {
                demoApplications.Add(Submit(posting, demoStudent, rank++, district).Application);
            }
        }

        db.Applications.AddRange(district.Applications);
        await db.SaveChangesAsync(cancellationToken);

        // Decisions come after the first save: when a posting fills or closes, its handler finds the waiting
        // applications in the database and closes them, as it would for real.

        DecideOutcomes(seeded);

        demoApplications.FirstOrDefault()?.StartReview(Moment(demoApplications[0], 0.2, 0.6));
        foreach (var posting in district.Postings.Where(p => p.Seed.Stage == PostingStage.Closed))
        {
            posting.Posting.Close(_now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private SeededApplication Submit(SeededPosting posting, Student student, int rank, District district)
    {
        var daysAgo = _random.Number(0, Math.Max(0, posting.OpenedDaysAgo - 1));
        var application = InternshipApplication.Submit(posting.Posting, student, student.ActivePathwayIds,
            Statement(posting, student, district), rank, _today.AddDays(-daysAgo), TimeDaysAgo(daysAgo), district.HeldBadgeIds(student));
        district.Applications.Add(application);
        return new SeededApplication(application, posting, student);
    }

    /// <summary>One or two sentences in the student's voice, about their pathway and this posting.</summary>
    private string Statement(SeededPosting posting, Student student, District district)
    {
        var pathwayId = student.ActivePathwayIds.First(id => posting.Posting.Pathways.Any(p => p.PathwayId == id));
        var pathwayKey = district.Pathways.First(p => p.Value.Id == pathwayId).Key;
        var pathway = DemoCatalogue.Pathways.Single(p => p.Key == pathwayKey);
        var course = pathway.Courses[Math.Min(pathway.Courses.Count - 1, _random.Number(0, student.Grade - 10))];
        var school = district.Schools.First(s => s.School.Id == student.SchoolId).Seed.Name;

        var statement = string.Format(CultureInfo.InvariantCulture, Pick(DemoCatalogue.StatementOpenings),
            student.Grade == 11 ? "junior" : "senior", pathway.Name, course, pathway.Field, school);
        if (_random.Bool(0.65f))
        {
            statement += " " + string.Format(CultureInfo.InvariantCulture, Pick(DemoCatalogue.StatementClosings),
                posting.Seed.Title, district.Employers[posting.Seed.EmployerKey].Name, Pick(DemoCatalogue.AvailableDays));
        }

        return statement;
    }

    /// <summary>
    /// Moves each application to an outcome that fits its posting: a filled posting takes exactly its slots, an open or
    /// closed one keeps a place free and never has more offers out than places, and a student takes at most one place,
    /// after which they withdraw their other applications and turn down other offers.
    /// </summary>
    private void DecideOutcomes(List<SeededApplication> applications)
    {
        var placedAt = new Dictionary<int, DateTime>();
        var byPosting = applications
            .GroupBy(a => a.Posting)
            .OrderBy(g => g.Key.Seed.Stage switch { PostingStage.Filled => 0, PostingStage.Closed => 1, _ => 2 })
            .ThenBy(g => g.Key.Posting.Id);

        foreach (var group in byPosting)
        {
            var posting = group.Key;
            var stage = posting.Seed.Stage;
            var slots = posting.Posting.Slots;
            var waiting = group.OrderBy(a => a.Application.SubmittedAt).ToList();
            var placed = stage == PostingStage.Filled
                ? _random.Shuffle(waiting.Where(a => !placedAt.ContainsKey(a.Student.Id))).Take(slots).ToHashSet()
                : [];
            var placeLimit = stage == PostingStage.Filled ? slots : slots - 1;

            var accepting = new List<SeededApplication>();
            var offersOut = 0;
            foreach (var application in waiting)
            {
                var outcome = placed.Contains(application) ? ApplicationStatus.Accepted : RollOutcome(stage, application.Application);
                if (outcome is ApplicationStatus.Offered or ApplicationStatus.Accepted && placedAt.ContainsKey(application.Student.Id))
                {
                    outcome = ApplicationStatus.Declined;
                }

                if (outcome == ApplicationStatus.Accepted && accepting.Count >= placeLimit)
                {
                    outcome = ApplicationStatus.Offered;
                }

                // An offer left open on a posting that stopped taking applicants could never be accepted.
                if (outcome == ApplicationStatus.Offered && (offersOut >= slots || stage != PostingStage.Open))
                {
                    outcome = ApplicationStatus.UnderReview;
                }

                Advance(application, outcome);
                if (outcome is ApplicationStatus.Offered or ApplicationStatus.Accepted)
                {
                    offersOut++;
                }

                if (outcome == ApplicationStatus.Accepted)
                {
                    accepting.Add(application);
                }
            }

            // Offers first, acceptances after: the last acceptance fills a filled posting, and that is recent.
            foreach (var application in accepting)
            {
                var isLast = application == accepting[^1] && stage == PostingStage.Filled;
                var acceptedAt = isLast ? Moment(application.Application, 0.97, 0.995) : Moment(application.Application, 0.7, 0.95);
                application.Application.AcceptOffer(posting.Posting, acceptedAt);
                placedAt[application.Student.Id] = acceptedAt;
            }
        }

        foreach (var application in applications.Where(a => placedAt.ContainsKey(a.Student.Id) && a.Application.IsPending))
        {
            var after = new[] { placedAt[application.Student.Id], application.Application.StatusChangedAt }.Max();
            var at = after + (_now - after) * _random.Double(0.2, 0.6);
            if (application.Application.Status == ApplicationStatus.Offered)
            {
                application.Application.DeclineOffer(at);
            }
            else
            {
                application.Application.Withdraw(at);
            }
        }
    }

    private ApplicationStatus RollOutcome(PostingStage stage, InternshipApplication application)
    {
        var daysWaiting = (_now - application.SubmittedAt).TotalDays;
        var odds = stage switch
        {
            PostingStage.Filled => NotPlaced,
            PostingStage.Closed => PostingClosed,
            _ when daysWaiting < 3 => JustSubmitted,
            _ when daysWaiting < 10 => WaitingAWhile,
            _ => WaitingLong,
        };
        return _random.WeightedRandom(odds.Statuses, odds.Weights);
    }

    /// <summary>Replays the steps to an outcome short of acceptance, at moments between submission and now.</summary>
    private void Advance(SeededApplication seeded, ApplicationStatus outcome)
    {
        var application = seeded.Application;
        switch (outcome)
        {
            case ApplicationStatus.Submitted:
                return;
            case ApplicationStatus.UnderReview:
                application.StartReview(Moment(application, 0.1, 0.4));
                return;
            case ApplicationStatus.Rejected:
                if (_random.Bool(0.6f))
                {
                    application.StartReview(Moment(application, 0.1, 0.3));
                }

                application.Reject(Pick(DemoCatalogue.RejectionNotes), Moment(application, 0.4, 0.7));
                return;
            case ApplicationStatus.Withdrawn:
                if (_random.Bool(0.4f))
                {
                    application.StartReview(Moment(application, 0.1, 0.3));
                }

                application.Withdraw(Moment(application, 0.4, 0.8));
                return;
            default:
                // Offered, Accepted and Declined all start with a review and an offer.
                application.StartReview(Moment(application, 0.1, 0.3));
                application.MakeOffer(seeded.Posting.Posting, Moment(application, 0.35, 0.6));
                if (outcome == ApplicationStatus.Declined)
                {
                    application.DeclineOffer(Moment(application, 0.65, 0.9));
                }

                return;
        }
    }

    /// <summary>A moment the given fraction of the way from the application's submission to now.</summary>
    private DateTime Moment(InternshipApplication application, double from, double to) =>
        application.SubmittedAt + (_now - application.SubmittedAt) * _random.Double(from, to);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Number(0, items.Count - 1)];

    private sealed record SeededApplication(InternshipApplication Application, SeededPosting Posting, Student Student);

    private sealed class Odds(params (ApplicationStatus Status, float Weight)[] outcomes)
    {
        public ApplicationStatus[] Statuses { get; } = outcomes.Select(o => o.Status).ToArray();

        public float[] Weights { get; } = outcomes.Select(o => o.Weight).ToArray();
    }
}
