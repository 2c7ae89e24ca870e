using Internships.Domain.Common;
using Internships.Domain.Guidance;
using Internships.Domain.Pathways;
using Shouldly;

namespace Internships.UnitTests.Domain;

/// <summary>The interest questionnaire's scoring, its tie rule, the sectors' interests and the ranking of pathways with reasons.</summary>
public sealed class PathwayGuidanceTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 15, 0, 0, DateTimeKind.Utc);

    /// <summary>Answers of 3 ("I'd love it") for the types given, 1 ("not for me") for the rest.</summary>
    private static int[] Loves(params HollandType[] types) =>
        InterestQuestionnaire.Items.Select(i => types.Contains(i.Type) ? 3 : 1).ToArray();

    private static readonly PathwayToMatch Health = new(1, "Health Science", IndustrySector.HealthScienceAndMedicalTechnology);
    private static readonly PathwayToMatch Construction = new(2, "Construction", IndustrySector.BuildingAndConstruction);
    private static readonly PathwayToMatch Education = new(3, "Teaching", IndustrySector.EducationAndChildDevelopment);
    private static readonly PathwayToMatch Arts = new(4, "Media Arts", IndustrySector.ArtsMediaAndEntertainment);
    private static readonly PathwayToMatch Finance = new(5, "Finance", IndustrySector.BusinessAndFinance);

    [Test]
    public void The_questionnaire_has_thirty_short_statements_five_for_each_type_taking_turns()
    {
        InterestQuestionnaire.Items.Count.ShouldBe(30);
        foreach (var type in Enum.GetValues<HollandType>())
        {
            InterestQuestionnaire.Items.Count(i => i.Type == type).ShouldBe(5);
        }

        InterestQuestionnaire.Items.Select(i => i.Number).ShouldBe(Enumerable.Range(1, 30));
        InterestQuestionnaire.Items.Take(6).Select(i => i.Type).ShouldBe(Enum.GetValues<HollandType>());
        InterestQuestionnaire.Items.ShouldAllBe(i => i.Text.Length <= 70);
        InterestQuestionnaire.Items.Select(i => i.Text).Distinct().Count().ShouldBe(30);
    }

    [Test]
    public void Each_type_scores_the_sum_of_its_five_answers()
    {
        var answers = Loves(HollandType.Social);
        answers[2] = 2; // statement 3 is Artistic: "maybe"

        var scores = InterestScores.Of(answers);

        scores[HollandType.Social].ShouldBe(15);
        scores[HollandType.Artistic].ShouldBe(6);
        scores[HollandType.Realistic].ShouldBe(5);
        scores.Ranked.Select(s => s.Type).Take(2).ShouldBe([HollandType.Social, HollandType.Artistic]);
    }

    [Test]
    public void Equal_scores_rank_in_RIASEC_order_whatever_order_the_answers_came_in()
    {
        // Conventional and Investigative tie at 15, Social and Realistic at 5 with the rest.
        var scores = InterestScores.Of(Loves(HollandType.Conventional, HollandType.Investigative));

        scores.Code.ShouldBe("ICR");
        // Realistic is third only by the tie rule: every answer "not for me" is no interest to give as a reason.
        scores.Strong.ShouldBe([HollandType.Investigative, HollandType.Conventional]);
        InterestScores.Of(Loves(HollandType.Investigative, HollandType.Conventional)).Code.ShouldBe("ICR");
    }

    [Test]
    public void Missing_or_off_scale_answers_are_refused()
    {
        Should.Throw<DomainRuleException>(() => InterestScores.Of(Loves()[..29]));
        var answers = Loves();
        answers[7] = 4;
        Should.Throw<DomainRuleException>(() => InterestScores.Of(answers));
        answers[7] = 0;
        Should.Throw<DomainRuleException>(() => InterestScores.Of(answers));
    }

    [Test]
    public void Every_sector_suits_two_or_three_interests_and_every_interest_has_a_sector()
    {
        var sectors = Enum.GetValues<IndustrySector>();
        sectors.ShouldAllBe(s => PathwayInterests.TypesOf(s).Count >= 2 && PathwayInterests.TypesOf(s).Count <= 3);
        Enum.GetValues<HollandType>().ShouldAllBe(t => sectors.Any(s => PathwayInterests.TypesOf(s).Contains(t)));
        PathwayInterests.TypesOf(IndustrySector.HealthScienceAndMedicalTechnology)
            .ShouldBe([HollandType.Social, HollandType.Investigative, HollandType.Conventional]);
    }

    [Test]
    public void Pathways_rank_by_match_and_say_which_of_the_students_interests_they_suit()
    {
        var scores = InterestScores.Of(Loves(HollandType.Social, HollandType.Conventional));

        var ranked = PathwayInterests.Rank(scores, [Construction, Arts, Health, Education, Finance]);

        // Health suits S, I, C: (100 + 0 + 100) / 3; Teaching S, A: 50; Finance C, E: 50; Construction R, C: 50; Arts 0.
        ranked[0].PathwayName.ShouldBe("Health Science");
        ranked[0].Match.ShouldBe(67);
        ranked[0].SharedTypes.ShouldBe([HollandType.Social, HollandType.Conventional]);
        ranked[0].Reason.ShouldBe("You enjoy helping people (Social) and organising things (Conventional); Health Science suits both.");
        ranked[^1].PathwayName.ShouldBe("Media Arts");
        ranked[^1].Match.ShouldBe(0);
        ranked[^1].Reason.ShouldBe("Media Arts suits Artistic and Enterprising interests; it is among the closest to your answers.");
    }

    [Test]
    public void Equal_matches_come_in_the_order_of_the_pathways_names()
    {
        var scores = InterestScores.Of(Loves(HollandType.Social, HollandType.Conventional));

        // Teaching, Finance and Construction all match 50 and suit one of the two interests each.
        var middle = PathwayInterests.Rank(scores, [Construction, Education, Finance, Health]).Skip(1).Select(m => m.PathwayName);

        middle.ShouldBe(["Construction", "Finance", "Teaching"]);
        PathwayInterests.Suggest(scores, [Finance, Education, Health, Construction]).Select(m => m.PathwayName)
            .ShouldBe(["Health Science", "Construction", "Finance"]);
        PathwayInterests.Rank(scores, [Education])[0].Reason.ShouldBe("You enjoy helping people (Social); Teaching suits that.");
    }

    [Test]
    public void Taking_it_again_replaces_the_answers_and_counts_the_retake_but_refuses_an_incomplete_set()
    {
        var profile = new InterestProfile(7, Loves(HollandType.Realistic), Now);
        profile.Scores.Code.ShouldBe("RIA");

        profile.Retake(Loves(HollandType.Artistic), Now.AddDays(3));

        profile.Scores.Strong.ShouldBe([HollandType.Artistic]);
        profile.TimesTaken.ShouldBe(2);
        profile.TakenAt.ShouldBe(Now.AddDays(3));
        profile.Answers.Length.ShouldBe(30);

        Should.Throw<DomainRuleException>(() => profile.Retake([1, 2, 3], Now.AddDays(4)));
        profile.TimesTaken.ShouldBe(2);
        profile.Scores.Strong.ShouldBe([HollandType.Artistic]);
    }
}
