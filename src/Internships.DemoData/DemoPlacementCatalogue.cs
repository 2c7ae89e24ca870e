namespace Internships.DemoData;

/// <summary>
/// Internships that have already happened or are under way when the demo starts: the postings they came from, what
/// interns wrote on their timesheets, and what supervisors said about them. Invented, like the rest of the demo.
/// </summary>
internal static class DemoPlacementCatalogue
{
    /// <summary>Last term's internships, finished 1–2 months ago. A Closed one filled fewer places than it offered.</summary>
    public static readonly IReadOnlyList<InternshipSeed> Finished =
    [
        new(new("city", "Public Works Inspection Intern", PostingStage.Filled, ["engineering", "construction"], 18.50m, 12, 2, Supervisor: 1,
                Location: "Public Works Corporation Yard, 1020 Levee Street, Riverbend",
                Description: "Spend the term with the city's construction inspectors as sidewalk, curb-ramp and storm-drain projects are "
                + "built. You'll photograph and log work in progress, check measurements against the plans and keep the inspection files in order."),
            Placed: 2,
            Tasks:
            [
                "Orientation at the corporation yard: safety briefing, PPE fitting and a ride-along to two active sites.",
                "Photographed the curb-ramp pours on 5th Street and filed the photos in the inspection log.",
                "Checked sidewalk panel widths against the plan set with a measuring wheel; flagged two panels for the inspector.",
                "Updated the storm-drain inlet sheet in CAD with field changes from last week's inspection.",
                "Entered daily inspection reports into the project tracking spreadsheet.",
                "Took notes at the pre-construction meeting for the Elm Street repaving project.",
                "Walked the Riverside Park path project with the inspector and recorded slope readings with a digital level.",
                "Organised as-built drawings for three finished projects and scanned them for the records room.",
            ]),

        new(new("hoe", "Drafting and Design Intern", PostingStage.Filled, ["engineering", "manufacturing"], 20.00m, 10, 2, Supervisor: 2,
                Description: "Learn how a civil engineering plan set comes together. You'll draft details and revisions under our CAD "
                + "manager, learn the firm's layer and sheet standards, and join a site visit with a project engineer."),
            Placed: 2,
            Tasks:
            [
                "Orientation: CAD workstation set-up, the firm's drawing standards and a tour of current projects.",
                "Redrew the standard curb and gutter details to the firm's layer and text standards.",
                "Revised the grading plan for the Alder Springs school parking lot from the engineer's redline markups.",
                "Modelled a drainage inlet in 3D and produced section views for the detail sheet.",
                "Did a quantity take-off of storm-drain pipe lengths for the cost estimate; the project engineer checked it.",
                "Joined a site visit to the Commerce Way project and compared the installed work with the drawings.",
                "Cleaned up the title blocks and sheet index of a 24-sheet plan set before submittal.",
                "Presented my drawings at the Friday staff meeting and took questions.",
            ]),

        new(new("oaks", "Farm Crew Intern", PostingStage.Filled, ["agriculture"], 17.50m, 12, 2, Supervisor: 0,
                Description: "Help keep a diversified farm producing through the season: bed preparation, transplanting, drip "
                + "irrigation, harvest for the market boxes and care of the laying flock. Work is outdoors, mostly in the mornings."),
            Placed: 2,
            Tasks:
            [
                "Orientation: farm safety walk, heat-illness prevention, tool care and how the drip system is laid out.",
                "Prepared four beds with the broadfork and spread compost before the next planting.",
                "Transplanted 600 onion starts and recorded the planting in the crop log.",
                "Repaired leaks in the drip lines on the east field and flushed the filters.",
                "Fed and watered the laying flock, collected and washed eggs and cleaned the coop.",
                "Seeded flats of kale and lettuce in the greenhouse and labelled them by variety.",
                "Harvested and washed vegetables for the Saturday market box orders.",
                "Weeded and mulched the strawberry rows with straw.",
            ]),

        new(new("rch", "Nutrition Services Intern", PostingStage.Filled, ["health"], 18.50m, 12, 2, Supervisor: 1, MinimumAge: 16,
                Description: "Support the hospital's nutrition services team as it feeds patients on special diets. You'll check meal "
                + "trays against diet orders, stock the unit pantries and shadow the clinical dietitian on patient visits."),
            Placed: 2,
            Tasks:
            [
                "Orientation: patient-privacy and infection-control training, badge and uniform.",
                "Checked patient meal trays against diet orders on the tray line with a diet technician.",
                "Restocked the nourishment pantries on three medical-surgical units and logged the fridge temperatures.",
                "Shadowed the clinical dietitian on patient visits and learned how diet orders are written.",
                "Updated the allergen labels on the grab-and-go items in the cafeteria.",
                "Helped run the menu-tasting survey with patients and entered 40 responses.",
                "Made a quick-reference card of the texture-modified diet levels for the tray line.",
                "Delivered late trays to patients and recorded refusals for the dietitian.",
            ]),

        new(new("county", "Health Fair Outreach Intern", PostingStage.Closed, ["health", "public"], 18.00m, 10, 2, Supervisor: 0,
                Description: "Help plan and staff the county's health fairs at schools and community centers: blood-pressure checks, "
                + "nutrition tables and vaccine information. You'll prepare materials, set up booths and count who came."),
            Placed: 1,
            Tasks:
            [
                "Orientation with the health education team: the fair schedule, the materials and how to talk about vaccines accurately.",
                "Assembled 200 health-fair bags with nutrition guides and sunscreen samples.",
                "Staffed the nutrition table at the Harlow community center fair and counted visitors.",
                "Translated the sign-in sheet and two flyers into Spanish; a staff member checked them.",
                "Entered attendance and survey results from three fairs into the programme spreadsheet.",
                "Called community partners to confirm booth space for the Alder Springs fair.",
                "Set up and took down the booths and signs at the Port Calloway fair.",
            ]),

        new(new("vcep", "Home Energy Savings Intern", PostingStage.Filled, ["energy", "business"], 18.50m, 10, 2, Supervisor: 0,
                Description: "Help households cut their energy bills. You'll join home energy check-ups, hand out efficiency kits and "
                + "follow up with customers about rebates."),
            Placed: 2,
            Tasks:
            [
                "Orientation: the home energy check-up checklist, safety in customers' homes and the rebate programmes.",
                "Joined two home energy check-ups and recorded lighting, appliances and thermostat settings.",
                "Packed 80 efficiency kits with LED bulbs, weatherstripping and low-flow showerheads.",
                "Called customers who received kits to ask whether they installed them and logged their answers.",
                "Entered check-up findings into the programme database and checked them against the photos.",
                "Helped at the Foundry Street outreach table and signed up 14 households for check-ups.",
                "Drafted a one-page guide to the heat-pump water heater rebate for the website team.",
            ]),

        new(new("vfcu", "Youth Savings Program Intern", PostingStage.Filled, ["business", "education"], 18.00m, 8, 2, Supervisor: 1,
                Description: "Help the credit union's community education team run its youth savings programme: school savings days, "
                + "new-account paperwork and short money lessons for middle schoolers."),
            Placed: 2,
            Tasks:
            [
                "Orientation: privacy and fraud-awareness training and a tour of the branch.",
                "Helped run a school savings day at Harlow Middle School and counted deposits with a teller.",
                "Prepared new youth-account packets and checked them for missing signatures.",
                "Co-taught a 20-minute lesson on needs and wants to a sixth-grade class.",
                "Entered programme sign-ups into the tracking sheet and charted deposits by school.",
                "Shadowed a member services representative at the branch counter.",
                "Rehearsed the new budgeting lesson with the education coordinator and suggested two changes.",
            ]),

        new(new("brightline", "Project Support Intern", PostingStage.Filled, ["construction", "business"], 19.00m, 12, 1, Supervisor: 1,
                Description: "Work in the project office of a commercial builder: tracking submittals and deliveries, updating "
                + "schedules and filing daily reports and photos from the field. Site visits are escorted walk-throughs with the project manager."),
            Placed: 1,
            Tasks:
            [
                "Orientation: office systems, site-visit safety rules and how a submittal moves from subcontractor to architect.",
                "Logged 15 new submittals and updated their status in the tracking sheet.",
                "Filed the superintendent's daily reports and progress photos by date and area.",
                "Updated the three-week look-ahead schedule with the project manager.",
                "Checked delivery tickets against purchase orders for the week's materials.",
                "Joined an escorted walk-through of the second floor and noted the open items.",
                "Typed up the minutes of the owner-architect-contractor meeting.",
            ]),

        new(new("children", "Reading Buddies Aide", PostingStage.Closed, ["education"], 17.50m, 10, 3, Supervisor: 1, MinimumAge: 16,
                Description: "Read with kindergarten and first-grade students in the reading buddies programme. You'll lead small-group "
                + "story times, play phonics games and keep track of each child's progress."),
            Placed: 2,
            Tasks:
            [
                "Orientation: child-safety training, classroom routines and the reading buddies lesson plan.",
                "Led two small-group story times and practised sight words with flash cards.",
                "Played phonics games with three kindergartners and recorded which sounds they know.",
                "Prepared the materials bins for next week's lessons and cut out letter cards.",
                "Read one-on-one with a first grader and filled in their reading log.",
                "Helped supervise outdoor play and snack time.",
                "Met the reading specialist to go over the progress notes for my group.",
            ]),

        new(new("water", "Watershed Monitoring Intern", PostingStage.Filled, ["energy", "agriculture"], 19.50m, 12, 2, Supervisor: 0,
                Description: "Collect water samples from creeks and wells across the basin with our monitoring team, run field tests "
                + "and help keep the records the state requires."),
            Placed: 2,
            Tasks:
            [
                "Orientation: lab safety, sampling procedures and chain-of-custody forms.",
                "Collected creek samples at four monitoring sites and recorded temperature and conductivity.",
                "Ran pH, turbidity and chlorine tests in the lab and entered the results for review.",
                "Calibrated the field meters with the lab technician and logged the calibration.",
                "Labelled and organised sample bottles and restocked the field kits.",
                "Compared well-level readings with last year's and flagged three wells that changed.",
                "Helped prepare the tables for the monthly compliance summary.",
            ]),

        new(new("sunridge", "Packing Line Quality Intern", PostingStage.Filled, ["manufacturing", "agriculture"], 19.00m, 12, 2, Supervisor: 2,
                MinimumAge: 16,
                Description: "Help keep the packing lines safe and on spec: pull samples, check weights and "
                + "temperatures, and review sanitation records with our food safety coordinator."),
            Placed: 2,
            Tasks:
            [
                "Orientation: food-safety and good-manufacturing-practice training and a walk of both lines.",
                "Pulled hourly samples from the canning line and checked the fill weights.",
                "Recorded cooler and blancher temperatures and reported one reading out of range.",
                "Reviewed the week's sanitation checklists and listed the missing sign-offs.",
                "Helped the QA technician run pH and sugar (Brix) checks on finished product.",
                "Updated the label-verification log for a new pack size.",
                "Joined a mock recall exercise and traced a lot from pallet back to the grower.",
            ]),

        new(new("city", "IT Asset Inventory Intern", PostingStage.Filled, ["software", "business"], 18.00m, 10, 2, Supervisor: 2,
                Description: "Help the city's IT team get an accurate picture of its equipment: tagging and scanning devices, updating "
                + "the inventory system and preparing old laptops for recycling."),
            Placed: 2,
            Tasks:
            [
                "Orientation: acceptable-use and data-security policies, and how the help desk ticket system works.",
                "Tagged and scanned 60 laptops and monitors at City Hall into the inventory system.",
                "Matched inventory records to the purchasing spreadsheet and listed 12 devices with no owner.",
                "Wiped and re-imaged five laptops with a technician and logged their serial numbers.",
                "Prepared retired equipment for e-waste pickup and completed the disposal form.",
                "Wrote a short how-to for staff on connecting to the conference-room displays.",
                "Shadowed a technician on help desk tickets and closed two password-reset tickets myself.",
            ]),
    ];

    /// <summary>Internships that started a few weeks ago and are under way; in one, an intern has left early.</summary>
    public static readonly IReadOnlyList<InternshipSeed> Running =
    [
        new(new("city", "City Manager's Office Intern", PostingStage.Filled, ["public", "business"], 17.50m, 10, 2, Supervisor: 0,
                Description: "Support the City Manager's office with research and day-to-day projects: summarising council items, "
                + "tracking residents' requests and helping prepare the community newsletter."),
            Placed: 2,
            Tasks:
            [
                "Orientation with the management analyst: city departments, the council calendar and how residents' requests are tracked.",
                "Summarised three council agenda items in plain language for the newsletter.",
                "Sorted residents' service requests by department and updated the tracking sheet.",
                "Researched how three nearby cities run youth advisory boards and wrote a one-page comparison.",
                "Took notes at the department heads' meeting and typed up the action items.",
                "Proofread the community newsletter draft and checked its links.",
                "Helped set up the council chamber and greeted residents before the public hearing.",
            ]),

        new(new("rch", "Patient Transport and Wayfinding Aide", PostingStage.Filled, ["health"], 18.50m, 12, 2, Supervisor: 1, MinimumAge: 16,
                Description: "Help patients and visitors get where they need to go: escorting patients in wheelchairs, staffing the "
                + "main-lobby wayfinding desk and restocking the admitting area."),
            Placed: 2,
            Tasks:
            [
                "Orientation: privacy and infection-control training, wheelchair safety and the hospital's floor plan.",
                "Escorted discharged patients by wheelchair to the pick-up area with a transport aide.",
                "Staffed the main-lobby wayfinding desk and directed visitors to clinics.",
                "Cleaned and checked the lobby wheelchairs and reported two with faulty brakes.",
                "Restocked forms and masks at the admitting desk and the lobby stations.",
                "Walked outpatients to radiology and the lab with the transport team.",
            ]),

        new(new("water", "Meter Services Field Intern", PostingStage.Filled, ["energy", "engineering"], 19.50m, 12, 1, Supervisor: 1, MinimumAge: 16,
                Description: "Ride along with the meter services crew: reading and testing meters, checking for leaks and updating "
                + "service records on a tablet."),
            Placed: 1,
            Tasks:
            [
                "Orientation: truck and traffic safety, meter types and the field tablet.",
                "Read 120 meters on the Port Calloway west route with a field technician.",
                "Helped test two large commercial meters for accuracy and recorded the results.",
                "Checked high-usage accounts for leaks and left door-hanger notices.",
                "Updated meter locations and photos in the asset records.",
                "Helped replace a damaged meter box lid and cleaned up the site.",
            ]),

        new(new("oaks", "Greenhouse Propagation Intern", PostingStage.Filled, ["agriculture"], 17.50m, 10, 2, Supervisor: 0,
                Description: "Raise the seedlings for the farm's next crops and the restoration crew's native plants: seeding, "
                + "potting up, watering schedules and pest scouting in the greenhouse."),
            Placed: 2, OneEndsEarly: true,
            Tasks:
            [
                "Orientation: greenhouse safety, the watering schedule and how seedlings are labelled.",
                "Seeded 12 flats of onions and brassicas and recorded them in the propagation log.",
                "Potted up native oak seedlings for the restoration crew.",
                "Scouted for aphids and fungus gnats and put out sticky cards.",
                "Mixed potting soil and cleaned and sanitised used trays.",
                "Moved hardened-off starts to the shade house and checked them for wind damage.",
            ]),
    ];

    /// <summary>Internships starting in a week or two whose paperwork is not all in yet.</summary>
    public static readonly IReadOnlyList<InternshipSeed> Starting =
    [
        new(new("city", "Parks and Recreation Program Aide", PostingStage.Filled, ["public", "education"], 17.00m, 10, 2, Supervisor: 0, MinimumAge: 15,
                Location: "Riverbend Community Center, 44 Park Avenue, Riverbend",
                Description: "Help run the city's youth sports and recreation programmes: setting up fields, checking in families and "
                + "leading warm-ups and games for elementary-age players. Afternoons and some Saturday mornings."),
            Placed: 2, Tasks: []),
    ];

    /// <summary>District staff who verify placement paperwork.</summary>
    public static readonly IReadOnlyList<string> DocumentVerifiers =
        ["wbl.coordinator@valleyusd.example", "career.center@valleyusd.example", "d.estrada@valleyusd.example"];

    /// <summary>Why an intern left early: {0} the date of their last shift.</summary>
    public const string EndReason = "The student's family moved out of the district; their last shift was {0:MMMM d}. "
        + "All hours worked were approved and paid, and the farm would welcome them back.";

    /// <summary>What a timesheet mistake looked like, what the supervisor said, and (for tasks) the vague first try.</summary>
    public static readonly IReadOnlyList<string> VagueTasks = ["Helped out.", "Worked on stuff for the team.", "Same as last time.", "Work."];

    public const string VagueTasksNote = "Please say what you actually worked on that day: these descriptions become the evidence on your badge.";

    public const string WrongHoursNote = "The sign-in sheet shows a shorter shift that day. Please check your hours and resubmit.";

    /// <summary>Supervisors' final testimonials by how the internship went: {0} first name, {1} employer, {2} the position.</summary>
    public static readonly IReadOnlyList<string> StrongTestimonials =
    [
        "{0} was one of the most dependable interns we have hosted. By the second month {0} was handling work we would normally give a "
            + "first-year employee, and always checked in before guessing. We would hire {0} again without hesitation.",
        "From the first week {0} asked thoughtful questions and wrote everything down. The work was accurate, on time and clearly "
            + "explained to the rest of the team, and several of us still use the notes {0} left behind.",
        "{0} brought energy and care to every shift as our {2}. Staff and the public both commented on how clearly and kindly {0} "
            + "communicated. {0} is ready for real responsibility in this field.",
        "I would recommend {0} for any entry-level role at {1}. {0} learned our tools quickly, took feedback gracefully and got better every week.",
    ];

    public static readonly IReadOnlyList<string> SolidTestimonials =
    [
        "{0} was reliable and pleasant to work with and finished every assignment we gave. As the term went on {0} started taking on "
            + "tasks without being asked. With more experience {0} will do well in this field.",
        "{0} showed up on time, followed our procedures and did careful work. I encourage {0} to keep speaking up in meetings: when "
            + "{0} did share ideas, they were good ones.",
        "A solid internship. {0} handled the routine work well and by the end of the term was picking up the more technical parts of the job as our {2}.",
        "{0} was a helpful member of the team at {1} and finished the internship stronger than at the start, especially at planning the week's work.",
    ];

    public static readonly IReadOnlyList<string> DevelopingTestimonials =
    [
        "{0} completed the internship and improved over the term. Early on {0} needed reminders about the schedule and checking in; by "
            + "the end {0} was more consistent. I encourage {0} to keep building those habits.",
        "{0} was friendly with staff and always willing to help. {0} is still developing the technical skills of the role and should "
            + "ask questions sooner when stuck, but made real progress.",
        "{0} met the requirements of the internship. Time management was a challenge at first, and {0} responded well to the weekly "
            + "plan we set up together.",
    ];

    /// <summary>Midpoint notes by how the internship is going: {0} first name.</summary>
    public static readonly IReadOnlyList<string> StrongMidpoints =
    [
        "Halfway through, {0} is ahead of where we expected: reliable, curious and already trusted with tasks on their own. Goal for the "
            + "second half: see one small project through from start to finish.",
        "{0} settled in quickly and communicates well with the whole team. Next step: take on more of the technical work with less supervision.",
    ];

    public static readonly IReadOnlyList<string> SolidMidpoints =
    [
        "{0} is doing steady work and is always on time. Goal for the second half: ask questions earlier and share ideas at team check-ins.",
        "Good progress so far. {0} follows procedures carefully; in the second half we would like to see more initiative.",
    ];

    public static readonly IReadOnlyList<string> DevelopingMidpoints =
    [
        "{0} is learning the basics. We agreed a weekly plan to help with timekeeping and checking in before starting a task.",
        "{0} is friendly and willing but needs to be more consistent with the schedule. Two goals for the second half: arrive on time "
            + "and keep a task list.",
    ];

    /// <summary>Comments supervisors add to a rating: praise for a 4, a goal for a 1 or 2.</summary>
    public static readonly IReadOnlyDictionary<string, (string Strength, string Growth)> RatingComments =
        new Dictionary<string, (string, string)>
        {
            ["communication"] = ("Clear and polite with staff and the public; writes concise notes.", "Should speak up sooner when instructions are unclear."),
            ["collaboration"] = ("Pitches in without being asked and shares credit.", "Tends to work alone; we encouraged more check-ins with the team."),
            ["professionalism"] = ("Never late, always prepared, careful with confidential information.", "A few late arrivals; needs to call ahead when running late."),
            ["problem-solving"] = ("Tries a sensible fix first and knows when to ask.", "Waits too long to ask for help when stuck."),
            ["time-management"] = ("Plans the week and meets every deadline.", "Needed reminders about deadlines."),
            ["technical-skills"] = ("Learned our tools quickly and uses them accurately.", "Still building confidence with the equipment."),
        };
}

/// <summary>An internship the demo replays from posting to placement: how many places were taken and what interns did.</summary>
internal sealed record InternshipSeed(PostingSeed Posting, int Placed, IReadOnlyList<string> Tasks, bool OneEndsEarly = false);
