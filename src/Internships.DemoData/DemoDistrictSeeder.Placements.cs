using System.Globalization;
using Internships.Domain.Applications;
using Internships.Domain.Common;
using Internships.Domain.Employers;
using Internships.Domain.Evaluations;
using Internships.Domain.Placements;
using Internships.Domain.Postings;
using Internships.Domain.Students;
using Microsoft.EntityFrameworkCore;

namespace Internships.DemoData;

/// <summary>
/// Internships from posting to placement, replayed the way they happen: a posting opened weeks before its start, students
/// applied, some were offered a place and accepted (the acceptance's own handler makes the placement), the paperwork came
/// in, the interns logged their shifts and their supervisor approved them and evaluated them. Last term's placements are
/// then completed, and completing them awards their badges by the catalogue's rules, as it does for real.
/// </summary>
public sealed partial class DemoDistrictSeeder
{
    /// <summary>The district's days are Pacific time; a moment on a district day is this many hours later in UTC (near enough).</summary>
    private const int HoursBehindUtc = 8;

    private static readonly DayOfWeek[][] TwoDayWeeks = [[DayOfWeek.Tuesday, DayOfWeek.Thursday], [DayOfWeek.Monday, DayOfWeek.Wednesday]];

    private static readonly DayOfWeek[][] ThreeDayWeeks =
        [[DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], [DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday]];

    private static readonly DayOfWeek[] FourDayWeek = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static readonly Tier[] Tiers = [Tier.Strong, Tier.Solid, Tier.Developing];
    private static readonly float[] TierOdds = [0.35f, 0.45f, 0.20f];

    /// <summary>
    /// Last term's internships: they started 3–6 months ago and ended 1–2 months ago. Every intern worked at least the
    /// required hours, was evaluated at the midpoint and the end, and their placement was completed, earning its badges.
    /// The demo student had one of them, so their backpack holds something real.
    /// </summary>
    private async Task SeedFinishedInternshipsAsync(District district, CancellationToken cancellationToken)
    {
        var internships = DemoPlacementCatalogue.Finished
            .Select(seed =>
            {
                var (start, end) = LastTerm();
                return OpenEarlierPosting(seed, start, end, deadlineDaysBefore: (17, 21), district);
            })
            .ToList();
        await db.SaveChangesAsync(cancellationToken);

        var demo = district.DemoStudent;
        var demoInternship = demo is null
            ? null
            : internships.FirstOrDefault(i => i.Posting.Posting.EligibilityProblems(demo, demo.ActivePathwayIds).Count == 0);
        var interns = internships
            .SelectMany(i => Recruit(i, district, reserved: i == demoInternship ? demo : null, preferSeniors: true))
            .ToList();

        // Accepting an offer makes the placement, in the acceptance's transaction.
        await db.SaveChangesAsync(cancellationToken);
        AttachPlacements(interns);

        // One engineering intern does well enough to climb the ladder: the advanced engineering badge needs the basic one.
        var climber = interns.FirstOrDefault(i => i.Student != demo && i.Internship.Seed.Posting.PathwayKeys.Contains("engineering"));
        var rubric = await ActiveRubricAsync(cancellationToken);
        foreach (var intern in interns)
        {
            var internship = intern.Internship;
            intern.Tier = intern.Student == demo || intern == climber ? Tier.Strong : _random.WeightedRandom(Tiers, TierOdds);
            PrepareToStart(intern, district, mayChangeSupervisor: true);

            var shifts = PlanShifts(internship, internship.End, mayTakeWeekOff: true);
            MakeUpMissingHours(shifts, intern.Placement.RequiredHours, internship);
            var entries = LogShifts(intern, shifts, reviewedThrough: internship.End, mistakes: _random.Bool(0.35f) ? 1 : 0);

            var final = FinalScores(intern.Tier, rubric);
            if (intern.Student == demo)
            {
                // The demo student did well: enough to show what the competency badges look like.
                final["communication"] = 4;
                final["professionalism"] = 4;
            }

            if (intern == climber)
            {
                final["technical-skills"] = 4;
            }

            Evaluate(intern, EvaluationKind.Midpoint, rubric, MidpointScores(final), Midway(internship));
            Evaluate(intern, EvaluationKind.Final, rubric, final, internship.End.AddDays(_random.Number(1, 4)));

            intern.ApprovedHours = entries.Where(e => e.Status == TimesheetStatus.Approved).Sum(e => e.Hours);
        }

        await db.SaveChangesAsync(cancellationToken);

        // Then the coordinator completes each placement, which awards its badges in the same transaction, by the
        // catalogue's rules, with the hours and the final evaluation saved above as their evidence.
        foreach (var intern in interns)
        {
            intern.Placement.Complete(hasFinalEvaluation: true, intern.ApprovedHours,
                At(intern.Internship.End.AddDays(_random.Number(6, 10)), _random.Number(9, 15)));
        }

        await db.SaveChangesAsync(cancellationToken);
        district.FinishedInterns.AddRange(interns);
    }

    /// <summary>
    /// This term's internships: some started six or seven weeks ago and are past their midpoint, with hours waiting for
    /// the supervisor; one intern has left early. One more starts in a week or two, its paperwork not all in yet.
    /// </summary>
    private async Task SeedRunningInternshipsAsync(District district, CancellationToken cancellationToken)
    {
        var running = DemoPlacementCatalogue.Running
            .Select(seed =>
            {
                var weeksIn = _random.Number(6, 7);
                var start = MondayOnOrBefore(_today).AddDays(-7 * weeksIn);
                var end = start.AddDays(7 * (_random.Number(9, 2 * weeksIn - 1) - 1) + 4);
                return OpenEarlierPosting(seed, start, end, deadlineDaysBefore: (17, 21), district);
            })
            .ToList();
        var starting = DemoPlacementCatalogue.Starting
            .Select(seed =>
            {
                var start = NextMonday(_today.AddDays(_random.Number(5, 10)));
                var end = start.AddDays(7 * (_random.Number(9, 12) - 1) + 4);
                return OpenEarlierPosting(seed, start, end, deadlineDaysBefore: (24, 28), district);
            })
            .ToList();
        await db.SaveChangesAsync(cancellationToken);

        var working = running.SelectMany(i => Recruit(i, district, reserved: null, preferSeniors: false)).ToList();

        // Those about to start are minors, so their placements wait on a guardian's consent and a work permit.
        var waiting = starting
            .SelectMany(i => Recruit(i, district, reserved: null, preferSeniors: false, fits: s => s.IsMinorOn(i.Start)))
            .ToList();
        await db.SaveChangesAsync(cancellationToken);
        AttachPlacements(working.Concat(waiting).ToList());

        // One intern has an entry sent back that they have not corrected yet.
        var toCorrect = working[0];
        var rubric = await ActiveRubricAsync(cancellationToken);
        foreach (var intern in working)
        {
            var internship = intern.Internship;
            intern.Tier = _random.WeightedRandom(Tiers, TierOdds);
            PrepareToStart(intern, district, mayChangeSupervisor: false);

            if (internship.Seed.OneEndsEarly && intern == working.Last(i => i.Internship == internship))
            {
                var lastShift = WeekdayOnOrBefore(_today.AddDays(-_random.Number(10, 16)));
                LogShifts(intern, PlanShifts(internship, lastShift, mayTakeWeekOff: false), reviewedThrough: lastShift, mistakes: 0);
                intern.Placement.EndEarly(string.Format(CultureInfo.InvariantCulture, DemoPlacementCatalogue.EndReason, lastShift),
                    At(lastShift.AddDays(_random.Number(2, 4)), _random.Number(9, 16)));
                continue;
            }

            // The supervisor approves a week behind, so the last week's hours (at least the last day's) are waiting.
            var shifts = PlanShifts(internship, _today.AddDays(-1), mayTakeWeekOff: false);
            LogShifts(intern, shifts, reviewedThrough: _today.AddDays(-8), mistakes: 0, leaveLastWaiting: true,
                leaveOneReturned: intern == toCorrect);
            var final = FinalScores(intern.Tier, rubric);
            var midway = Midway(internship);
            if (midway.AddDays(3) < _today)
            {
                Evaluate(intern, EvaluationKind.Midpoint, rubric, MidpointScores(final), midway);
            }
        }

        // The first is missing only a guardian's consent; the second has only that, and waits on the rest.
        for (var i = 0; i < waiting.Count; i++)
        {
            PrepareToStart(waiting[i], district, mayChangeSupervisor: false, leaveOut: i % 2 == 0
                ? [PlacementDocumentType.GuardianConsent]
                : [PlacementDocumentType.WorkPermit, PlacementDocumentType.TrainingAgreement]);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Last term's dates: a Monday 3–6 months ago to a Friday 1–2 months ago, at least eight weeks long.</summary>
    private (DateOnly Start, DateOnly End) LastTerm()
    {
        var end = FridayOnOrBefore(_today.AddDays(-_random.Number(31, 55)));
        var endedDaysAgo = _today.DayNumber - end.DayNumber;
        var weeks = _random.Number(Math.Max(8, (94 - endedDaysAgo + 6) / 7), Math.Min(16, (185 - endedDaysAgo) / 7));
        return (end.AddDays(-(7 * (weeks - 1) + 4)), end);
    }

    /// <summary>A posting that opened weeks before its start, its deadline some days before that; approved then, as it was.</summary>
    private EarlierInternship OpenEarlierPosting(InternshipSeed seed, DateOnly start, DateOnly end, (int Min, int Max) deadlineDaysBefore,
        District district)
    {
        var posting = seed.Posting;
        var employerSeed = DemoCatalogue.Employers.Single(e => e.Key == posting.EmployerKey);
        var employer = district.Employers[posting.EmployerKey];
        var openedOn = start.AddDays(-_random.Number(35, 49));
        var deadline = start.AddDays(-_random.Number(deadlineDaysBefore.Min, deadlineDaysBefore.Max));

        var details = new PostingDetails(
            posting.Title,
            posting.Description,
            posting.PathwayKeys.Select(k => district.Pathways[k].Id).ToList(),
            posting.Wage,
            posting.HoursPerWeek,
            start,
            end,
            posting.Slots,
            posting.IsRemote ? null : posting.Location ?? employerSeed.Address,
            posting.IsRemote,
            deadline,
            posting.SeniorsOnly ? [12] : Grades.Internship,
            posting.MinimumAge,
            district.Supervisors[posting.EmployerKey][posting.Supervisor].Id);

        var submittedOn = openedOn.AddDays(-_random.Number(1, 4));
        var created = new InternshipPosting(employer.Id, details, At(submittedOn.AddDays(-_random.Number(1, 6)), _random.Number(9, 16)));
        created.Submit(At(submittedOn, _random.Number(9, 16)));
        created.Approve(employer, openedOn, At(openedOn, _random.Number(9, 16)));

        db.Postings.Add(created);
        district.EarlierPostings.Add(created);
        var seeded = new SeededPosting(posting, created, _today.DayNumber - openedOn.DayNumber);
        return new EarlierInternship(seed, seeded, start, end, openedOn, deadline);
    }

    /// <summary>
    /// Students apply before the deadline; the places go to the reserved student (if any) and others who fit, and the rest
    /// are turned down, withdraw, or decline an offer. A posting whose places were not all taken is closed at its start.
    /// </summary>
    private List<Intern> Recruit(EarlierInternship internship, District district, Student? reserved, bool preferSeniors,
        Func<Student, bool>? fits = null)
    {
        var posting = internship.Posting.Posting;
        var candidates = district.Students
            .Where(s => s.IsActive && Grades.IsInternshipGrade(s.Grade) && s != district.DemoStudent && !district.Interned.Contains(s.Id)
                && (fits?.Invoke(s) ?? true) && posting.EligibilityProblems(s, s.ActivePathwayIds).Count == 0)
            .ToList();

        var placed = reserved is null ? new List<Student>() : [reserved];
        while (placed.Count < internship.Seed.Placed && candidates.Count > 0)
        {
            var seniors = candidates.Where(s => s.Grade == 12).ToList();
            var student = preferSeniors && seniors.Count > 0 && _random.Bool(0.75f) ? Pick(seniors) : Pick(candidates);
            placed.Add(student);
            candidates.Remove(student);
        }

        var others = _random.Shuffle(candidates).Take(_random.Number(1, 3)).ToList();
        district.Interned.UnionWith(placed.Select(s => s.Id));

        var deadline = internship.Deadline;
        foreach (var student in others)
        {
            var application = Apply(internship, student, district);
            switch (_random.Number(0, 9))
            {
                case < 5:
                    if (_random.Bool(0.6f))
                    {
                        application.StartReview(At(deadline.AddDays(_random.Number(1, 3)), _random.Number(9, 16)));
                    }

                    application.Reject(Pick(DemoCatalogue.RejectionNotes), At(deadline.AddDays(_random.Number(4, 7)), _random.Number(9, 16)));
                    break;
                case < 8:
                    application.Withdraw(At(deadline.AddDays(_random.Number(1, 4)), _random.Number(16, 21)));
                    break;
                default:
                    application.StartReview(At(deadline.AddDays(_random.Number(1, 3)), _random.Number(9, 16)));
                    application.MakeOffer(posting, At(deadline.AddDays(4), _random.Number(9, 16)));
                    application.DeclineOffer(At(deadline.AddDays(_random.Number(5, 6)), _random.Number(16, 21)));
                    break;
            }
        }

        var interns = new List<Intern>();
        foreach (var student in placed)
        {
            var application = Apply(internship, student, district);
            application.StartReview(At(deadline.AddDays(_random.Number(1, 3)), _random.Number(9, 16)));
            application.MakeOffer(posting, At(deadline.AddDays(_random.Number(4, 5)), _random.Number(9, 16)));
            var acceptedOn = Min(_today, deadline.AddDays(_random.Number(7, 9)));
            application.AcceptOffer(posting, At(acceptedOn, _random.Number(16, 21)));
            interns.Add(new Intern(internship, student, application, acceptedOn));
        }

        if (posting.Status == PostingStatus.Open)
        {
            posting.Close(At(internship.Start.AddDays(-_random.Number(1, 3)), _random.Number(9, 16)));
        }

        return interns;
    }

    private InternshipApplication Apply(EarlierInternship internship, Student student, District district)
    {
        var day = internship.OpenedOn.AddDays(_random.Number(0, internship.Deadline.DayNumber - internship.OpenedOn.DayNumber));
        var application = InternshipApplication.Submit(internship.Posting.Posting, student, student.ActivePathwayIds,
            Statement(internship.Posting, student, district), rank: 1, day, At(day, _random.Number(15, 21)));
        db.Applications.Add(application);
        district.EarlierApplications.Add(application);
        return application;
    }

    /// <summary>Finds the placement each accepted offer became (its handler made them while saving).</summary>
    private void AttachPlacements(List<Intern> interns)
    {
        var byApplication = db.Placements.Local.ToDictionary(p => p.ApplicationId);
        foreach (var intern in interns)
        {
            intern.Placement = byApplication[intern.Application.Id];
        }
    }

    private async Task<List<RubricCompetency>> ActiveRubricAsync(CancellationToken cancellationToken) =>
        await db.RubricCompetencies.Where(c => c.IsActive).OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// The paperwork comes in between the acceptance and the start (all of it, unless some is left out), and now and then
    /// the intern is given to another supervisor at the employer. The last document activates the placement.
    /// </summary>
    private void PrepareToStart(Intern intern, District district, bool mayChangeSupervisor,
        IReadOnlyCollection<PlacementDocumentType>? leaveOut = null)
    {
        var placement = intern.Placement;
        var supervisors = district.Supervisors[intern.Internship.Seed.Posting.EmployerKey];
        if (mayChangeSupervisor && supervisors.Count > 1 && _random.Bool(0.2f))
        {
            placement.AssignSupervisor(Pick(supervisors.Where(s => s.Id != placement.SupervisorId).ToList()),
                At(intern.AcceptedOn.AddDays(1), _random.Number(9, 16)));
        }

        var lastDay = Min(_today, intern.Internship.Start.AddDays(-1));
        var documents = placement.RequiredDocuments
            .Where(type => leaveOut?.Contains(type) != true)
            .Select(type => (Type: type, ReceivedOn: DayBetween(intern.AcceptedOn.AddDays(1), lastDay)))
            .OrderBy(d => d.ReceivedOn)
            .ToList();
        foreach (var (type, receivedOn) in documents)
        {
            placement.RecordDocument(type, receivedOn, null, Pick(DemoPlacementCatalogue.DocumentVerifiers), At(receivedOn, _random.Number(9, 16)));
        }

        intern.Supervisor = supervisors.Single(s => s.Id == placement.SupervisorId);
    }

    /// <summary>
    /// The intern's shifts from the start through a day: the same weekdays each week, the weekly hours spread over them,
    /// a sick day now and then and, in some of last term's internships, a week off (this term's interns are on track).
    /// </summary>
    private List<Shift> PlanShifts(EarlierInternship internship, DateOnly through, bool mayTakeWeekOff)
    {
        var hoursPerWeek = internship.Seed.Posting.HoursPerWeek;
        var pattern = hoursPerWeek <= 8 ? Pick(TwoDayWeeks) : hoursPerWeek <= 12 ? Pick(ThreeDayWeeks) : FourDayWeek;
        var hoursPerDay = Math.Round(hoursPerWeek / pattern.Length * 2, MidpointRounding.AwayFromZero) / 2;
        var weeks = (internship.End.DayNumber - internship.Start.DayNumber) / 7 + 1;
        var weekOff = mayTakeWeekOff && weeks > 6 && _random.Bool(0.4f) ? _random.Number(2, weeks - 3) : -1;

        var shifts = new List<Shift>();
        for (var day = internship.Start; day <= Min(through, internship.End); day = day.AddDays(1))
        {
            var week = (day.DayNumber - internship.Start.DayNumber) / 7;
            if (!pattern.Contains(day.DayOfWeek) || week == weekOff || (shifts.Count > 0 && _random.Bool(0.05f)))
            {
                continue;
            }

            var hours = _random.Bool(0.15f) ? hoursPerDay + (_random.Bool() ? 0.5m : -0.5m) : hoursPerDay;
            shifts.Add(new Shift(day, Math.Max(1m, hours), MakeUp: false));
        }

        return shifts;
    }

    /// <summary>Extra shifts on free weekdays near the end until the hours reach what the placement requires.</summary>
    private static void MakeUpMissingHours(List<Shift> shifts, decimal requiredHours, EarlierInternship internship)
    {
        var longest = shifts.Count > 0 ? shifts.Max(s => s.Hours) : 4m;
        var total = shifts.Sum(s => s.Hours);
        for (var day = internship.End; total < requiredHours && day >= internship.Start; day = day.AddDays(-1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || shifts.Any(s => s.Day == day))
            {
                continue;
            }

            var hours = Math.Max(1m, Math.Min(longest, Math.Ceiling((requiredHours - total) * 2) / 2));
            shifts.Add(new Shift(day, hours, MakeUp: true));
            total += hours;
        }

        shifts.Sort((a, b) => a.Day.CompareTo(b.Day));
    }

    /// <summary>
    /// The intern logs each shift that evening or the next day, and the supervisor approves the ones up to a day within a
    /// few days. A mistake is returned with a note, corrected and then approved; a returned entry may also be left for
    /// the intern to correct.
    /// </summary>
    private List<TimesheetEntry> LogShifts(Intern intern, List<Shift> shifts, DateOnly reviewedThrough, int mistakes,
        bool leaveLastWaiting = false, bool leaveOneReturned = false)
    {
        var placement = intern.Placement;
        var supervisorId = intern.Supervisor.Id;
        var tasks = intern.Internship.Seed.Tasks;
        var mistakeAt = mistakes > 0 && shifts.Count > 4 ? _random.Number(2, shifts.Count - 2) : -1;
        var returnedAt = leaveOneReturned ? shifts.FindLastIndex(s => s.Day <= reviewedThrough) : -1;

        var entries = new List<TimesheetEntry>();
        var lastTask = 0;
        for (var i = 0; i < shifts.Count; i++)
        {
            var (day, hours, makeUp) = shifts[i];
            var task = 0;
            if (i > 0)
            {
                task = _random.Number(1, tasks.Count - 1);
                task = task == lastTask ? 1 + task % (tasks.Count - 1) : task;
            }

            lastTask = task;
            var described = makeUp ? "Make-up shift: " + tasks[task] : tasks[task];
            var loggedOn = day.AddDays(_random.Bool(0.7f) ? 0 : 1);
            var reviewedOn = loggedOn.AddDays(_random.Number(1, 4));
            var loggedAt = At(loggedOn, _random.Number(17, 21));

            if (i == mistakeAt || i == returnedAt)
            {
                var vague = _random.Bool();
                var entry = TimesheetEntry.Log(placement, day, vague ? hours : Math.Min(TimesheetEntry.MaxHoursPerDay, hours + 3),
                    vague ? Pick(DemoPlacementCatalogue.VagueTasks) : described, _today, loggedAt);
                entry.Return(supervisorId, vague ? DemoPlacementCatalogue.VagueTasksNote : DemoPlacementCatalogue.WrongHoursNote,
                    At(reviewedOn, _random.Number(9, 12)));
                if (i == mistakeAt)
                {
                    var correctedOn = reviewedOn.AddDays(_random.Number(0, 2));
                    entry.Correct(placement, day, hours, described, _today, At(correctedOn, _random.Number(17, 21)));
                    entry.Approve(supervisorId, At(correctedOn.AddDays(_random.Number(1, 2)), _random.Number(9, 16)));
                }

                entries.Add(entry);
                continue;
            }

            var logged = TimesheetEntry.Log(placement, day, hours, described, _today, loggedAt);
            if (day <= reviewedThrough && !(leaveLastWaiting && i == shifts.Count - 1))
            {
                logged.Approve(supervisorId, At(reviewedOn, _random.Number(9, 16)));
            }

            entries.Add(logged);
        }

        db.TimesheetEntries.AddRange(entries);
        return entries;
    }

    /// <summary>Final scores by how the internship went: strong interns mostly 4s, developing ones mostly 2s and 3s.</summary>
    private Dictionary<string, int> FinalScores(Tier tier, List<RubricCompetency> rubric) =>
        rubric.ToDictionary(c => c.Key, _ => tier switch
        {
            Tier.Strong => _random.Bool(0.7f) ? 4 : 3,
            Tier.Solid => _random.WeightedRandom(new[] { 4, 3, 2 }, [0.3f, 0.6f, 0.1f]),
            _ => _random.WeightedRandom(new[] { 3, 2, 1 }, [0.5f, 0.45f, 0.05f]),
        });

    /// <summary>At the midpoint most interns were a step behind where they finished.</summary>
    private Dictionary<string, int> MidpointScores(Dictionary<string, int> final) =>
        final.ToDictionary(s => s.Key, s => Math.Max(RubricCompetency.LowestScore, s.Value - (_random.Bool(0.45f) ? 1 : 0)));

    /// <summary>The supervisor rates every competency, comments on the best and weakest, and writes a few sentences.</summary>
    private void Evaluate(Intern intern, EvaluationKind kind, List<RubricCompetency> rubric, Dictionary<string, int> scores, DateOnly on)
    {
        var ratings = rubric.ToDictionary(c => c.Key, c => (Score: scores[c.Key], Comment: RatingComment(c.Key, scores[c.Key])));
        var pool = (kind, intern.Tier) switch
        {
            (EvaluationKind.Final, Tier.Strong) => DemoPlacementCatalogue.StrongTestimonials,
            (EvaluationKind.Final, Tier.Solid) => DemoPlacementCatalogue.SolidTestimonials,
            (EvaluationKind.Final, _) => DemoPlacementCatalogue.DevelopingTestimonials,
            (_, Tier.Strong) => DemoPlacementCatalogue.StrongMidpoints,
            (_, Tier.Solid) => DemoPlacementCatalogue.SolidMidpoints,
            _ => DemoPlacementCatalogue.DevelopingMidpoints,
        };
        var posting = intern.Internship.Posting;
        var employer = DemoCatalogue.Employers.Single(e => e.Key == posting.Seed.EmployerKey).Name;
        var testimonial = string.Format(CultureInfo.InvariantCulture, Pick(pool), intern.Student.FirstName, employer,
            posting.Seed.Title.ToLowerInvariant());

        db.Evaluations.Add(Evaluation.Submit(intern.Placement, kind, intern.Supervisor.Id, rubric, ratings, testimonial,
            At(on, _random.Number(14, 18))));
    }

    private string? RatingComment(string competency, int score)
    {
        if (!DemoPlacementCatalogue.RatingComments.TryGetValue(competency, out var comments))
        {
            return null;
        }

        return score switch
        {
            RubricCompetency.HighestScore when _random.Bool(0.35f) => comments.Strength,
            <= 2 when _random.Bool(0.7f) => comments.Growth,
            _ => null,
        };
    }

    /// <summary>A weekday near the middle of the internship.</summary>
    private DateOnly Midway(EarlierInternship internship) =>
        WeekdayOnOrBefore(internship.Start.AddDays((internship.End.DayNumber - internship.Start.DayNumber) / 2 + _random.Number(0, 3)));

    /// <summary>A moment on a district day, at about the given hour there, never later than now.</summary>
    private DateTime At(DateOnly day, int hour)
    {
        var moment = day.ToDateTime(new TimeOnly(hour, _random.Number(0, 59)), DateTimeKind.Utc).AddHours(HoursBehindUtc);
        return moment < _now ? moment : _now.AddMinutes(-1);
    }

    private DateOnly DayBetween(DateOnly first, DateOnly last) =>
        last <= first ? Min(first, _today) : first.AddDays(_random.Number(0, last.DayNumber - first.DayNumber));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly MondayOnOrBefore(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));

    private static DateOnly FridayOnOrBefore(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek - (int)DayOfWeek.Friday + 7) % 7));

    private static DateOnly WeekdayOnOrBefore(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(-2),
        _ => date,
    };

    /// <summary>How an internship went, which colours the supervisor's scores and words.</summary>
    private enum Tier
    {
        Strong,
        Solid,
        Developing,
    }

    private sealed record EarlierInternship(
        InternshipSeed Seed, SeededPosting Posting, DateOnly Start, DateOnly End, DateOnly OpenedOn, DateOnly Deadline);

    private sealed record Shift(DateOnly Day, decimal Hours, bool MakeUp);

    /// <summary>A student placed in an earlier internship, and what became of it.</summary>
    private sealed class Intern(EarlierInternship internship, Student student, InternshipApplication application, DateOnly acceptedOn)
    {
        public EarlierInternship Internship { get; } = internship;

        public Student Student { get; } = student;

        public InternshipApplication Application { get; } = application;

        public DateOnly AcceptedOn { get; } = acceptedOn;

        public Placement Placement { get; set; } = null!;

        public Supervisor Supervisor { get; set; } = null!;

        public Tier Tier { get; set; }

        public decimal ApprovedHours { get; set; }
    }
}
