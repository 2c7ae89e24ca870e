using Internships.Domain.Badges;

namespace Internships.DemoData;

/// <summary>
/// The demo district's badge catalogue: what a work-based learning programme recognises. Completion badges are earned
/// by finishing an internship (in a pathway, for some), competency badges by the supervisor's final evaluation,
/// capacity badges are given by hand for trainings, and one badge thanks employer partners. Invented text; links
/// use the reserved .example domain.
/// </summary>
internal static class DemoBadgeCatalogue
{
    /// <summary>The district's own career-readiness framework, which most badges align to.</summary>
    public const string ReadinessFramework = "Valley Unified Career Readiness Framework";

    /// <summary>The career pathways, as a framework of their own for pathway-specific badges.</summary>
    public const string PathwayFramework = "Valley Unified CTE pathways";

    public static readonly IReadOnlyDictionary<string, (string Name, string Description)> Readiness =
        new Dictionary<string, (string, string)>
        {
            ["CR-1"] = ("Communication", "Expresses ideas clearly in speech and writing, listens actively and adjusts to the audience."),
            ["CR-2"] = ("Collaboration", "Contributes to a team's shared goals, shares credit and works through disagreement respectfully."),
            ["CR-3"] = ("Professionalism", "Is punctual and reliable, follows workplace policies and takes responsibility for their own work."),
            ["CR-4"] = ("Problem solving", "Defines a problem, gathers information, tries solutions and knows when to ask for help."),
            ["CR-5"] = ("Self-management", "Plans their time, meets deadlines and manages their own money and learning."),
            ["CR-6"] = ("Technical and digital skills", "Learns the tools and technology of a workplace and uses them safely and accurately."),
            ["CR-7"] = ("Career navigation", "Explores careers through work-based learning and reflects on what comes next."),
            ["CR-8"] = ("Health and safety", "Recognises hazards, follows safety procedures and responds well in an emergency."),
        };

    /// <summary>The key of the badge the seeder revokes once (and reissues to the right student).</summary>
    public const string RevokedOnceKey = "first-aid";

    public const string RevocationReason = "Awarded to the wrong student; reissued.";

    /// <summary>Badges in the order they are created; a badge's prerequisites come before it.</summary>
    public static readonly IReadOnlyList<BadgeSeed> Badges =
    [
        new("internship", "Internship Completed", BadgeKind.Completion, "#1F6FB2",
            "Recognises a student who has completed a paid internship through Valley Unified's work-based learning programme: real "
            + "work for a partner employer, with the hours logged, approved by a workplace supervisor and reviewed by the district.",
            "Complete a district-approved paid internship with a partner employer:\n"
            + "- work and log at least the hours the posting requires, each day's tasks described and approved by your supervisor;\n"
            + "- receive a final evaluation from your supervisor on the district's career-readiness rubric;\n"
            + "- have the placement marked complete by the work-based learning coordinator.\n"
            + "The badge is issued automatically when the placement is completed.",
            Skills: ["Workplace readiness", "Time management", "Professional communication", "Reflecting on career goals"],
            Readiness: ["CR-3", "CR-7"],
            Rule: new RuleSeed(PathwayKey: null),
            NameEs: "Pasantía completada",
            DescriptionEs: "Reconoce a un estudiante que completó una pasantía pagada del programa de aprendizaje basado en el "
            + "trabajo de Valley Unified: trabajo real para una empresa asociada, con las horas anotadas, aprobadas por "
            + "un supervisor y revisadas por el distrito."),

        new("health", "Patient Care Internship", BadgeKind.Completion, "#C62828",
            "Recognises a completed internship in a health-care setting, part of the Patient Care and Health Sciences pathway: a "
            + "hospital department, clinic or public-health programme, working alongside licensed professionals.",
            "Complete a district-approved internship posted for the Patient Care and Health Sciences pathway, with the required hours "
            + "approved and a final evaluation from your supervisor. Interns in clinical settings also complete the employer's "
            + "infection-control and patient-privacy training before their first shift.",
            Skills: ["Patient privacy", "Infection control", "Medical terminology", "Compassionate communication"],
            Readiness: ["CR-7", "CR-8"], Pathways: ["health"],
            Rule: new RuleSeed("health")),

        new("engineering", "Engineering Internship", BadgeKind.Completion, "#EF6C00",
            "Recognises a completed internship in engineering, part of the Engineering Design and Innovation pathway: design, "
            + "drafting or field work under the guidance of working engineers.",
            "Complete a district-approved internship posted for the Engineering Design and Innovation pathway, with the required "
            + "hours approved and a final evaluation from your supervisor. Holding this badge opens the district's second-step "
            + "engineering postings, such as field survey work.",
            Skills: ["Technical drawing (CAD)", "Engineering design process", "Site safety", "Measurement and estimation"],
            Readiness: ["CR-6", "CR-7"], Pathways: ["engineering"],
            Rule: new RuleSeed("engineering")),

        new("agriculture", "Agriscience Field Internship", BadgeKind.Completion, "#2E7D32",
            "Recognises a completed internship on working land or in the food system, part of the Agriscience and Land-Based "
            + "Learning pathway: farms, restoration crews, food processors and water agencies.",
            "Complete a district-approved internship posted for the Agriscience and Land-Based Learning pathway, with the required "
            + "hours approved and a final evaluation from your supervisor.",
            Skills: ["Plant and soil care", "Irrigation basics", "Safe use of tools and equipment", "Field record keeping"],
            Readiness: ["CR-7", "CR-8"], Pathways: ["agriculture"],
            Rule: new RuleSeed("agriculture")),

        new("communicator", "Clear Communicator", BadgeKind.Competency, "#6A1B9A",
            "Recognises an intern whose workplace supervisor rated their communication as exemplary: they spoke and wrote clearly, "
            + "listened well and asked the right questions at the right time.",
            "Complete an internship and receive the top score (4, exemplary) for Communication on your supervisor's final "
            + "evaluation. Awarded automatically with the internship's other badges.",
            Skills: ["Active listening", "Professional e-mail and messaging", "Speaking with customers and the public", "Asking clarifying questions"],
            Readiness: ["CR-1"],
            Rule: new RuleSeed(PathwayKey: null, "communication", 4),
            NameEs: "Comunicación clara",
            DescriptionEs: "Reconoce a un pasante cuyo supervisor calificó su comunicación como ejemplar: habló y escribió con "
            + "claridad, escuchó con atención e hizo las preguntas adecuadas en el momento adecuado."),

        new("professional", "Workplace Professional", BadgeKind.Competency, "#37474F",
            "Recognises an intern who met the workplace's expectations of a professional: on time, reliable, dressed and behaving "
            + "for the job, and accountable for their own work.",
            "Complete an internship and receive at least 3 (proficient) for Professionalism on your supervisor's final evaluation.",
            Skills: ["Punctuality and reliability", "Following workplace policies", "Accountability", "Workplace conduct"],
            Readiness: ["CR-3"],
            Rule: new RuleSeed(PathwayKey: null, "professionalism", 3),
            NameEs: "Profesionalismo en el trabajo",
            DescriptionEs: "Reconoce a un pasante que cumplió lo que el lugar de trabajo espera de un profesional: puntual, "
            + "confiable, con la vestimenta y la conducta que pide el puesto, y responsable de su propio trabajo."),

        new("engineering-technical", "Engineering Technical Skills", BadgeKind.Competency, "#BF360C",
            "The step after the Engineering Internship badge, designed with Halverson & Ortiz Engineering: recognises an engineering "
            + "intern whose supervisor rated their technical skills as exemplary, from drawing standards to field measurements.",
            "Hold the Engineering Internship badge, and receive the top score (4) for Technical skills on the final evaluation of "
            + "an internship in the Engineering Design and Innovation pathway. Halverson & Ortiz Engineering helped write these "
            + "criteria and endorses the badge: its holders have produced drawings to a firm's standards with little correction.",
            Skills: ["CAD drafting to firm standards", "Reading plan sets", "Quantity take-offs", "Field measurement"],
            Readiness: ["CR-6", "CR-4"], Pathways: ["engineering"],
            Rule: new RuleSeed("engineering", "technical-skills", 4), Prerequisites: ["engineering"], EndorserKey: "hoe"),

        new("work-ready", "Work-Readiness Training", BadgeKind.Capacity, "#00838F",
            "Recognises completion of the district's 12-hour work-readiness course, taken before a first internship: résumés, "
            + "interviews, what employers expect, young workers' rights and staying safe on the job.",
            "Attend all six sessions of the Valley Unified work-readiness course (or its summer intensive), have a résumé reviewed "
            + "by a counselor, and pass a mock interview with a volunteer from a partner employer. Awarded by the work-based "
            + "learning coordinator; valid for two years, after which students refresh it before another internship.",
            Skills: ["Résumé writing", "Interviewing", "Young workers' rights", "Workplace safety basics"],
            Readiness: ["CR-3", "CR-7", "CR-8"], ValidityMonths: 24,
            NameEs: "Preparación para el trabajo",
            DescriptionEs: "Reconoce que el estudiante completó el curso de 12 horas de preparación para el trabajo del distrito, "
            + "antes de su primera pasantía: currículum, entrevistas, lo que esperan los empleadores, los derechos de "
            + "los trabajadores jóvenes y la seguridad en el trabajo."),

        new("financial-literacy", "Financial Literacy", BadgeKind.Capacity, "#F9A825",
            "Recognises a student who completed Money Basics, the financial-literacy course co-designed with Valley First Credit "
            + "Union: budgeting, banking, credit, reading a paycheck and saving for life after high school.",
            "Complete the eight lessons of Money Basics taught with Valley First Credit Union's educators, build a monthly budget "
            + "from a real or sample paycheck, and score at least 80% on the final assessment. Required for the credit union's "
            + "peer-educator internship.",
            Skills: ["Budgeting", "Reading a paycheck", "Credit and borrowing", "Saving and banking"],
            Readiness: ["CR-5"], Pathways: ["business"], EndorserKey: "vfcu"),

        new("arduino", "Arduino Programming Workshop", BadgeKind.Capacity, "#0277BD",
            "Recognises a student who completed the district's Saturday Arduino workshop: programming a microcontroller to read "
            + "sensors and drive lights and motors, ending with a working prototype of their own.",
            "Attend the four Saturday sessions of the Arduino programming workshop at the Mendell Early College makerspace, build "
            + "and demonstrate a working sensor project, and submit its code with a short write-up. Awarded by the coordinator on "
            + "the workshop instructor's sign-off.",
            Skills: ["Arduino programming (C++)", "Reading sensors", "Breadboard circuits", "Debugging"],
            Readiness: ["CR-6", "CR-4"], Pathways: ["engineering", "software"]),

        new("first-aid", "First Aid and CPR", BadgeKind.Capacity, "#D84315",
            "Recognises a student certified in adult and pediatric first aid, CPR and AED use through the district's health "
            + "science programme.",
            "Complete the eight-hour first aid, CPR and AED course taught by a certified instructor, including the hands-on skills "
            + "check. Valid for two years, like the certification it records.",
            Skills: ["CPR", "AED use", "First aid", "Emergency response"],
            Readiness: ["CR-8"], Pathways: ["health"], ValidityMonths: 24),

        new("volunteer", "Community Volunteer", BadgeKind.Competency, "#6A1B9A",
            "Recognises a student who gave at least 40 hours to a community organisation outside school: a food bank, a library, "
            + "a youth league, a clean-up. Students claim it with their own evidence; the City of Riverbend, which co-designed it "
            + "with the district, or a coordinator reviews each claim.",
            "Volunteer at least 40 hours with one community organisation over no more than a school year, and claim the badge with "
            + "what you did, who you served and what you learned, plus the organiser's signed log of hours (a PDF) or a link to it.",
            Skills: ["Community service", "Teamwork", "Reliability"],
            Readiness: ["CR-7"], EndorserKey: "city", AllowsClaims: true),

        new("partner", "Employer Partner", BadgeKind.Capacity, "#4E342E",
            "Recognises an organisation that hosted Valley Unified interns this school year and made the placements count: real "
            + "work, a named supervisor, hours approved on time and thoughtful evaluations.",
            "Awarded each year to a partner employer with a signed partner agreement that hosted at least two interns during the "
            + "school year, approved their hours within a week and completed every midpoint and final evaluation. Valid for one "
            + "year and renewed as the partnership continues.",
            Skills: ["Youth mentoring", "Work-based learning", "Community partnership"],
            Readiness: ["CR-7"], ValidityMonths: 12, RecipientType: BadgeRecipientType.Organisation),
    ];

    /// <summary>Open postings (by title) that only holders of a badge may apply to.</summary>
    public static readonly IReadOnlyDictionary<string, string> RequiredForPostings = new Dictionary<string, string>
    {
        ["Financial Literacy Peer Educator"] = "financial-literacy",
        ["Field Survey Assistant"] = "engineering",
    };

    /// <summary>Coordinators' notes on trainings awarded by hand: {0} the student's school.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> TrainingNotes = new Dictionary<string, IReadOnlyList<string>>
    {
        ["work-ready"] =
        [
            "Completed all six sessions at {0}; résumé reviewed by the counselor and mock interview passed.",
            "Completed the summer intensive; the mock interviewer noted a confident introduction and good questions.",
            "Attended every session at {0} and passed the mock interview on the first try.",
        ],
        ["financial-literacy"] =
        [
            "Completed Money Basics at {0} with Valley First Credit Union's educators; final assessment 88%.",
            "Completed all eight lessons and built a budget from a first paycheck; final assessment 94%.",
            "Completed Money Basics; final assessment 82%. Budget project chosen as a class example.",
        ],
        ["first-aid"] =
        [
            "Certified in adult and pediatric first aid, CPR and AED at {0}; skills check passed.",
            "Completed the eight-hour course and the hands-on skills check with the district's certified instructor.",
        ],
        ["arduino"] =
        [
            "Completed the four Saturday sessions and demonstrated a working project.",
        ],
    };

    /// <summary>Arduino workshop projects: name, what it does, and the slug of its page in the makerspace gallery.</summary>
    public static readonly IReadOnlyList<(string Name, string Description, string Slug)> WorkshopProjects =
    [
        ("Soil-moisture alarm", "A probe and buzzer that warn when a planter needs water, with the readings shown on a small display.", "soil-moisture-alarm"),
        ("Parking distance sensor", "An ultrasonic sensor that lights green, amber and red as a toy car backs toward a wall.", "parking-distance-sensor"),
        ("Classroom noise meter", "A microphone module and LED bar that shows how loud the room is.", "classroom-noise-meter"),
        ("Greenhouse temperature logger", "Logs temperature and humidity every minute to an SD card and graphs the day.", "greenhouse-logger"),
        ("Line-following robot", "A two-motor robot that follows a taped line using infrared sensors.", "line-following-robot"),
        ("Smart night light", "A light sensor that fades an LED strip on at dusk and off at dawn.", "smart-night-light"),
    ];

    /// <summary>Why the district thanks an employer partner: {0} how many interns it hosted.</summary>
    public const string PartnerNote = "Hosted {0} interns this school year; every timesheet approved within a week and every evaluation completed.";

    /// <summary>A link the student adds to their own badge: {0} a slug of their name.</summary>
    public const string ArtefactUrl = "https://portfolio.valleyusd.example/{0}/internship-reflection";

    public const string ArtefactName = "Internship reflection slides";

    /// <summary>{0} the employer's name.</summary>
    public const string ArtefactDescription = "The five-minute presentation I gave my pathway class about my internship at {0}: what I did and what I learned.";
}

/// <summary>How a completed placement earns a badge: in a pathway (by key), with a minimum final score in a competency.</summary>
internal sealed record RuleSeed(string? PathwayKey, string? CompetencyKey = null, int? MinimumScore = null);

/// <summary>A badge of the catalogue. Readiness codes and pathway keys become its alignments; prerequisites are badge keys.</summary>
internal sealed record BadgeSeed(
    string Key,
    string Name,
    BadgeKind Kind,
    string Color,
    string Description,
    string Criteria,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Readiness,
    IReadOnlyList<string>? Pathways = null,
    RuleSeed? Rule = null,
    IReadOnlyList<string>? Prerequisites = null,
    string? EndorserKey = null,
    int? ValidityMonths = null,
    BadgeRecipientType RecipientType = BadgeRecipientType.Student,
    bool AllowsClaims = false,
    string? NameEs = null,
    string? DescriptionEs = null);
