using Internships.Domain.Pathways;

namespace Internships.DemoData;

/// <summary>
/// The hand-written part of the demo district: pathways, schools, employers and the positions they post.
/// Everything here is invented. Web and e-mail domains use the reserved .example top-level domain and phone
/// numbers the 555-01xx range, so nothing the demo sends can reach a real organisation or person.
/// </summary>
internal static class DemoCatalogue
{
    /// <summary>The employer the employer@demo.local and supervisor@demo.local accounts act for.</summary>
    public const string DemoEmployerKey = "city";

    public static readonly IReadOnlyList<PathwaySeed> Pathways =
    [
        new("engineering", "Engineering Design and Innovation", IndustrySector.EngineeringAndArchitecture, "engineering",
            "Students learn the design process from sketch to prototype, working in teams on real problems with CAD, hands-on "
            + "fabrication and applied math and physics. Prepares students for engineering and architecture programs and technician roles.",
            ["Introduction to Engineering Design", "Principles of Engineering", "Civil Engineering and Architecture", "Engineering Design Capstone"]),
        new("health", "Patient Care and Health Sciences", IndustrySector.HealthScienceAndMedicalTechnology, "health care",
            "An introduction to how health care works, from anatomy and medical terminology to patient communication, infection "
            + "control and first aid. Seniors earn CPR certification and spend time in clinical settings.",
            ["Health Science Foundations", "Medical Terminology and Body Systems", "Patient Care Fundamentals", "Clinical Practicum"]),
        new("agriculture", "Agriscience and Land-Based Learning", IndustrySector.AgricultureAndNaturalResources, "agriculture",
            "Students learn on working land: soil and plant science, animal care, irrigation and sustainable food systems. "
            + "Much of the coursework happens outdoors at the school land lab and partner farms.",
            ["Agriscience Foundations", "Plant and Soil Science", "Sustainable Agriculture Systems", "Agricultural Leadership and Business"]),
        new("public", "Public Service and Civic Leadership", IndustrySector.PublicServices, "public service",
            "For students drawn to local government, public safety and community services. Coursework covers how cities and "
            + "counties work, emergency preparedness, public speaking and ethics in public life.",
            ["Introduction to Public Service", "Government, Law and the Community", "Emergency Management and Public Safety"]),
        new("energy", "Energy, Water and Environmental Technology", IndustrySector.EnergyEnvironmentAndUtilities, "energy and water",
            "How power and water reach homes and businesses, and how to use them well: renewable energy, efficiency, water "
            + "treatment and environmental monitoring. Students run energy audits, test water samples and build small solar arrays in the lab.",
            ["Environmental Science and Sustainability", "Renewable Energy Technology", "Water and Utility Systems"]),
        new("software", "Software and Systems Development", IndustrySector.InformationAndCommunicationTechnologies, "software and technology",
            "Students write real software: programming fundamentals, web and mobile apps, databases and the basics of networks "
            + "and cybersecurity. The capstone is a team project built for a local client.",
            ["Computer Science Principles", "Programming with Python", "Web and Mobile App Development", "Software Engineering Capstone"]),
        new("business", "Business Management and Finance", IndustrySector.BusinessAndFinance, "business and finance",
            "How organizations are run and paid for: accounting, personal finance, marketing and management. Students run the "
            + "student store and practice with the spreadsheets and software local businesses use.",
            ["Introduction to Business", "Accounting Principles", "Personal and Business Finance", "Business Management Capstone"]),
        new("construction", "Construction Technology", IndustrySector.BuildingAndConstruction, "construction",
            "Hands-on training in residential and commercial building: site safety, blueprint reading, framing, electrical and "
            + "plumbing basics, and project planning. Students build a small structure on campus each spring.",
            ["Construction Safety and Tools", "Residential Construction", "Building Systems: Electrical and Plumbing", "Construction Project Management"]),
        new("manufacturing", "Advanced Manufacturing and Automation", IndustrySector.ManufacturingAndProductDevelopment, "manufacturing",
            "How products are made at scale: machining, CNC programming, quality control, robotics and lean production. "
            + "Lab work uses the same kinds of machines found in the valley's plants.",
            ["Manufacturing Processes", "CNC Machining and CAD/CAM", "Robotics and Automation"]),
        new("education", "Education and Child Development", IndustrySector.EducationAndChildDevelopment, "education",
            "Prepares students for careers with children: child growth and development, early literacy, lesson planning and "
            + "classroom management. Students spend time each week in district preschool and elementary classrooms.",
            ["Child Development", "Foundations of Teaching and Learning", "Early Childhood Education Practicum"]),
    ];

    /// <summary>Schools, each offering the pathways it has teachers and labs for; Share weighs how many students it has.</summary>
    public static readonly IReadOnlyList<SchoolSeed> Schools =
    [
        new("Riverbend High School", "3476018", "Riverbend", 30, ["engineering", "health", "software", "business", "public", "education"]),
        new("Alder Springs High School", "3476026", "Alder Springs", 22, ["health", "construction", "public", "business", "energy"]),
        new("Harlow Union High School", "3476034", "Harlow", 18, ["agriculture", "education", "manufacturing", "energy"]),
        new("Port Calloway High School", "3476042", "Port Calloway", 18, ["manufacturing", "agriculture", "engineering", "construction", "energy", "health"]),
        new("Mendell Early College High School", "3476059", "Mendell", 12, ["software", "engineering", "business", "health"]),
    ];

    public static readonly IReadOnlyList<EmployerSeed> Employers =
    [
        new("city", "City of Riverbend", "Local government", "cityofriverbend.example", "Riverbend",
            "Riverbend City Hall, 300 Main Street, Riverbend", new(SignedMonthsAgo: 26, RunsMonths: null),
            ["Management Analyst", "Senior Civil Engineer", "IT Services Manager"]),
        new("hoe", "Halverson & Ortiz Engineering", "Civil and structural engineering", "halversonortiz.example", "Alder Springs",
            "1450 Commerce Way, Suite 200, Alder Springs", new(14, 36),
            ["Project Engineer", "Structural Engineer", "CAD Manager"]),
        new("oaks", "Three Oaks Land-Based Learning Center", "Agriculture and outdoor education (nonprofit)", "threeoaksfarm.example", "Harlow",
            "8200 County Road 31, Harlow", new(30, null),
            ["Farm Manager", "Education Director"]),
        new("vcep", "Valley Clean Energy Partnership", "Energy and utilities", "valleycleanenergy.example", "Riverbend",
            "75 Foundry Street, Riverbend", new(10, 36),
            ["Energy Programs Manager", "Solar Programs Coordinator", "Community Outreach Lead"]),
        new("rch", "Riverbend Community Hospital", "Health care", "riverbendhealth.example", "Riverbend",
            "2100 Hospital Drive, Riverbend", new(40, 60),
            ["Health Information Supervisor", "Clinical Education Coordinator", "Laboratory and Pharmacy Services Manager"]),
        new("county", "Alder County Public Health Department", "County government: public health", "aldercountyhealth.example", "Alder Springs",
            "515 Court Street, Alder Springs", new(20, null),
            ["Health Education Specialist", "Emergency Services Coordinator", "Epidemiologist"]),
        new("vfcu", "Valley First Credit Union", "Financial services", "valleyfirstcu.example", "Riverbend",
            "820 Oak Avenue, Riverbend", new(18, 36),
            ["Branch Manager", "Community Education Coordinator"]),
        new("brightline", "Brightline Builders", "Commercial and residential construction", "brightlinebuilders.example", "Mendell",
            "46 Industrial Parkway, Mendell", new(12, null),
            ["Site Superintendent", "Project Manager"]),
        new("copperleaf", "Copperleaf Software", "Software", "copperleafsoftware.example", "Riverbend",
            "19 Water Street, Riverbend", new(8, 36),
            ["Engineering Manager", "QA and Support Lead"]),
        new("children", "Valley Unified Children's Center", "Early childhood education (school district)", "childrenscenter.valleyusd.example", "Harlow",
            "Harlow Elementary campus, 610 Pine Street, Harlow", new(36, null),
            ["Site Supervisor", "Lead Preschool Teacher"]),
        new("water", "Delta Basin Water Agency", "Water utility (public agency)", "deltabasinwater.example", "Port Calloway",
            "3300 Levee Road, Port Calloway", new(24, 36),
            ["Water Quality Manager", "Operations Supervisor", "Conservation Coordinator"]),
        new("sunridge", "Sunridge Foods Cooperative", "Food processing", "sunridgefoods.example", "Port Calloway",
            "1200 Packing House Road, Port Calloway", new(16, 36),
            ["Production Planning Manager", "Maintenance Supervisor", "Food Safety Coordinator"]),

        // Two employers a coordinator cannot approve postings for: one never signed, one let its agreement lapse.
        new("kessler", "Kessler Precision Components", "Precision machining", "kesslerprecision.example", "Mendell",
            "88 Toolworks Lane, Mendell", Agreement: null,
            ["Production Manager", "Quality Engineer"]),
        new("vet", "Harlow Veterinary Hospital", "Veterinary care", "harlowvet.example", "Harlow",
            "455 Orchard Avenue, Harlow", new(38, 36),
            ["Practice Manager"]),
    ];

    public static readonly IReadOnlyList<PostingSeed> Postings =
    [
        // City of Riverbend: the demo employer, with postings in every state an employer sees.
        new("city", "Public Works Engineering Intern", PostingStage.Open, ["engineering", "construction"], 19.00m, 12, 2, Supervisor: 1,
            Location: "Public Works Corporation Yard, 1020 Levee Street, Riverbend",
            Description: "Join the city's engineering team as it designs and inspects street, sidewalk and storm-drain projects. "
            + "You will update plan sets in CAD, ride along on site inspections and help measure and photograph work in progress. "
            + "Safety boots and a vest are provided."),
        new("city", "City Clerk Records and Public Counter Assistant", PostingStage.Open, ["public", "business"], 17.50m, 10, 2, Supervisor: 0,
            Description: "Help the City Clerk's office keep public records organized and residents served. Tasks include scanning "
            + "and indexing council documents, preparing agenda packets and greeting visitors at the public counter."),
        new("city", "IT Help Desk Intern", PostingStage.Open, ["software"], 18.50m, 12, 2, Supervisor: 2,
            Description: "Support city staff with their computers, phones and accounts. You will log and resolve help desk tickets, "
            + "set up laptops and keep the equipment inventory current. Interns shadow a technician for two weeks before taking tickets of their own."),
        new("city", "Youth Civic Engagement Intern", PostingStage.Open, ["public", "education"], 17.00m, 8, 3, Supervisor: 0, MinimumAge: 16,
            Description: "Work with the City Manager's office to support the Riverbend Youth Commission. You will help plan community "
            + "listening sessions, summarize what residents said and draft posts about city programs. One evening meeting a month, ending by 7 p.m."),
        new("city", "GIS Mapping Intern", PostingStage.Submitted, ["software", "engineering"], 19.50m, 10, 1, Supervisor: 1,
            Description: "Help keep the city's maps accurate. You will digitize street-tree and sidewalk data, check records against "
            + "field photos and produce simple maps for public meetings. Training in the city's mapping software is provided."),
        new("city", "Budget and Finance Intern", PostingStage.Draft, ["business"], 18.00m, 10, 1, Supervisor: 0,
            Description: "Assist the finance team as it prepares next year's budget: collecting figures from departments, checking "
            + "spreadsheets and preparing charts for the council's budget workshop."),

        new("hoe", "Civil Engineering Intern", PostingStage.Open, ["engineering"], 21.00m, 12, 2, Supervisor: 0,
            Description: "Work alongside project engineers on road, drainage and site projects for local cities and school districts. "
            + "You will draft details in CAD, help with quantity take-offs and join site visits with a licensed engineer. "
            + "Interns present a short project summary to the firm at the end of the term."),
        new("hoe", "CAD Drafting Intern", PostingStage.Filled, ["engineering", "manufacturing"], 20.00m, 10, 1, Supervisor: 2,
            Description: "Produce and revise drawings for civil and structural projects under the guidance of our CAD manager. "
            + "You'll learn the firm's drawing standards and how a full plan set comes together."),
        new("hoe", "Field Survey Assistant", PostingStage.Open, ["engineering", "construction"], 20.50m, 16, 2, Supervisor: 0,
            SeniorsOnly: true, MinimumAge: 18,
            Description: "Assist a survey crew locating property corners, staking construction and collecting topographic data with "
            + "GPS and robotic total stations. Work is outdoors on active sites in all weather, and the crew drives between sites in a company truck."),
        new("hoe", "Structural Design Intern", PostingStage.Returned, ["engineering"], 21.00m, 8, 1, Supervisor: 1,
            ReturnReason: "Minors may not work past 7 p.m. on a school night, but this schedule runs to 8 p.m. Please move the hours "
            + "earlier or limit the posting to students who are 18 or older, then resubmit.",
            Description: "Support our structural engineers with load calculations, model checks and drawing markups for school and "
            + "commercial buildings. Hours are Tuesdays and Thursdays, 4 to 8 p.m., at our Alder Springs office."),

        new("oaks", "Farm Operations Intern", PostingStage.Open, ["agriculture"], 17.50m, 15, 3, Supervisor: 0,
            Description: "Learn what it takes to run a diversified farm through the winter and spring planting season. You will "
            + "prepare beds, transplant seedlings, maintain drip irrigation and care for the laying flock. Boots and gloves are provided; expect to get muddy."),
        new("oaks", "Outdoor Education Assistant", PostingStage.Open, ["agriculture", "education"], 17.00m, 12, 2, Supervisor: 1,
            Description: "Help lead elementary school field trips on the farm: garden lessons, creek walks and seed-to-snack cooking. "
            + "You'll set up stations, guide small groups and help our educators keep thirty excited third graders on track."),
        new("oaks", "Watershed Restoration Crew Member", PostingStage.Open, ["agriculture", "energy"], 18.00m, 16, 4, Supervisor: 0,
            Description: "Restore native habitat along Willow Slough with our restoration crew. You'll plant oaks and native grasses, "
            + "pull invasive weeds, install erosion control and record survival counts for grant reports. Saturday mornings plus one weekday afternoon."),
        new("oaks", "Farm Stand and Market Assistant", PostingStage.Closed, ["agriculture", "business"], 17.00m, 8, 2, Supervisor: 1,
            Description: "Run the farm stand and our weekly farmers' market booth: set up displays, take payments on the card reader, "
            + "track inventory and talk with customers about what's in season."),

        new("vcep", "Energy Efficiency Audit Intern", PostingStage.Open, ["energy"], 19.00m, 12, 2, Supervisor: 0,
            Description: "Visit small businesses and homes with our energy advisors to find where energy is being wasted. You will "
            + "record lighting and equipment, take thermal photos, enter findings in our audit tool and help write each customer's recommendations."),
        new("vcep", "Solar Installation Support Intern", PostingStage.Open, ["energy", "construction"], 20.00m, 20, 2, Supervisor: 1,
            SeniorsOnly: true, MinimumAge: 18,
            Description: "Join a licensed installer's crew on home and school solar projects. You'll stage equipment, run conduit "
            + "and learn racking and wiring under close supervision. Fall-protection and site-safety training come before your first day on a roof."),
        new("vcep", "Clean Energy Outreach Intern", PostingStage.Open, ["energy", "business"], 18.00m, 10, 2, Supervisor: 2, IsRemote: true,
            Description: "Help households learn about bill credits, rebates and electrification programs. The work is remote: drafting "
            + "newsletter stories, tracking sign-ups and co-hosting two virtual community workshops a month. Spanish speakers are especially welcome."),
        new("vcep", "EV Charging Data Intern", PostingStage.Submitted, ["energy", "software"], 19.50m, 10, 1, Supervisor: 0,
            Description: "Analyze usage data from the public EV chargers we operate to find busy times, outages and where new "
            + "chargers are needed. You'll clean data in spreadsheets or Python and present your findings to the programs team."),

        new("rch", "Patient Care Support Intern", PostingStage.Open, ["health"], 18.50m, 12, 4, Supervisor: 1, MinimumAge: 16,
            Description: "Support nurses and care assistants on the medical-surgical unit: stocking rooms, transporting patients, "
            + "answering call lights and keeping patients company. Interns complete infection-control and privacy training and show proof of required vaccinations."),
        new("rch", "Clinical Laboratory Intern", PostingStage.Open, ["health"], 19.50m, 10, 2, Supervisor: 2, SeniorsOnly: true, MinimumAge: 18,
            Description: "Learn how specimens move through a hospital lab, from receiving and labeling to processing and quality "
            + "control. You'll shadow medical laboratory scientists, help with inventory and prepare samples under supervision."),
        new("rch", "Health Information Management Intern", PostingStage.Open, ["health", "business", "software"], 18.50m, 10, 1, Supervisor: 0,
            Description: "Work with the team that keeps patient records accurate and secure. You will scan and index documents, "
            + "audit charts for missing signatures and learn how privacy law decides who may see what."),
        new("rch", "Rehabilitation Services Aide", PostingStage.Filled, ["health"], 18.50m, 12, 2, Supervisor: 1,
            Description: "Assist physical and occupational therapists in the outpatient rehab gym: setting up equipment, cleaning "
            + "treatment areas, escorting patients and observing therapy sessions. A great fit for students considering therapy careers."),
        new("rch", "Pharmacy Technician Intern", PostingStage.Open, ["health"], 20.00m, 12, 1, Supervisor: 2, SeniorsOnly: true, MinimumAge: 18,
            Description: "Work in the inpatient pharmacy alongside pharmacists and certified technicians. You'll restock automated "
            + "dispensing cabinets, check expiration dates and learn the safety checks behind every medication order."),
        new("rch", "Sterile Processing Intern", PostingStage.Draft, ["health"], 18.50m, 12, 1, Supervisor: 2,
            Description: "Learn how surgical instruments are cleaned, inspected, packaged and sterilized between procedures. "
            + "Interns work under direct supervision and wear full protective equipment."),

        new("county", "Community Health Outreach Intern", PostingStage.Open, ["health", "public"], 18.00m, 10, 3, Supervisor: 0,
            Description: "Help our health educators bring programs to schools, libraries and farmworker housing: flu-shot clinics, "
            + "nutrition classes and vaping-prevention events. You'll set up, hand out materials, track attendance and help interpret where you can."),
        new("county", "Emergency Preparedness Intern", PostingStage.Open, ["public"], 18.00m, 10, 2, Supervisor: 1,
            Description: "Support the county's emergency services team as it updates shelter plans and runs a countywide drill. "
            + "You'll check supply inventories, update contact lists, help run the drill and write up what went well and what didn't."),
        new("county", "Public Health Data Intern", PostingStage.Open, ["software", "health"], 19.00m, 8, 1, Supervisor: 2, IsRemote: true,
            Description: "Build charts and a simple dashboard from public health data, such as vaccination rates and heat-illness "
            + "visits, for the monthly board report. Remote, with a weekly video check-in and a county laptop."),

        new("vfcu", "Member Services Intern", PostingStage.Open, ["business"], 18.50m, 12, 3, Supervisor: 0, MinimumAge: 16,
            Description: "Learn branch banking from the front line: greet members, help with account questions, balance a practice "
            + "drawer and shadow tellers and loan officers. Interns complete fraud-awareness and privacy training in their first week."),
        new("vfcu", "Financial Literacy Peer Educator", PostingStage.Open, ["business", "education"], 18.00m, 8, 2, Supervisor: 1,
            Description: "Teach short money lessons to middle and high school students using our youth curriculum: budgeting, "
            + "credit and saving for college. You'll rehearse each lesson with our education coordinator before you present it."),
        new("vfcu", "Marketing and Social Media Intern", PostingStage.Returned, ["business"], 18.00m, 10, 1, Supervisor: 1,
            ReturnReason: "Please say who reviews posts before they are published and confirm the intern will only use the credit "
            + "union's accounts, never their own. The description also needs the typical weekly tasks.",
            Description: "Help our marketing team reach young members online. You'll create posts, take photos at community events "
            + "and track how each campaign performs."),

        new("brightline", "Construction Trades Intern", PostingStage.Open, ["construction"], 20.00m, 16, 3, Supervisor: 0,
            SeniorsOnly: true, MinimumAge: 18,
            Description: "Work on an active commercial job site with our carpenters and site superintendent. You'll help with layout, "
            + "framing, material handling and clean-up, and see how each trade's work is sequenced. OSHA 10 training is provided in the first two weeks."),
        new("brightline", "Project Management Assistant", PostingStage.Open, ["construction", "business"], 19.00m, 10, 1, Supervisor: 1,
            Description: "Support our project managers in the office: tracking submittals and requests for information, updating "
            + "schedules and filing photos and daily reports from the field. You'll see how a building project is planned, budgeted and kept on track."),
        new("brightline", "Estimating Intern", PostingStage.Draft, ["construction", "engineering"], 19.50m, 10, 1, Supervisor: 1,
            Description: "Help our estimator measure quantities from drawings, collect subcontractor bids and build the cost "
            + "breakdown for upcoming projects."),

        new("copperleaf", "Junior Software Developer Intern", PostingStage.Open, ["software"], 23.00m, 12, 2, Supervisor: 0, IsRemote: true,
            Description: "Join a product team building scheduling software for clinics. You'll fix small bugs, write tests and pair "
            + "with a developer on a feature from idea to release. We work in C# and TypeScript, but any programming experience is enough to start."),
        new("copperleaf", "Quality Assurance Tester Intern", PostingStage.Open, ["software"], 21.00m, 10, 2, Supervisor: 1, IsRemote: true,
            Description: "Test new releases of our web and mobile apps before customers see them. You'll write test cases, "
            + "reproduce and report bugs clearly, and learn to automate repetitive checks."),
        new("copperleaf", "Customer Support Intern", PostingStage.Closed, ["software", "business"], 20.00m, 10, 1, Supervisor: 1,
            Description: "Answer customer questions by chat and e-mail, write help-center articles for common problems and pass "
            + "tricky issues to the right engineer."),
        new("copperleaf", "UX Research Intern", PostingStage.Submitted, ["software"], 22.00m, 8, 1, Supervisor: 0, IsRemote: true,
            Description: "Help our designers understand how clinic staff use our product. You'll schedule user interviews, take "
            + "notes, organize what we learn and test paper prototypes."),

        new("children", "Preschool Classroom Aide", PostingStage.Open, ["education"], 17.50m, 15, 4, Supervisor: 1, MinimumAge: 16,
            Description: "Assist lead teachers in a classroom of three- and four-year-olds. You'll read with small groups, prepare "
            + "art and science activities, supervise outdoor play and help with snack and clean-up. A background check and TB test are required before you start."),
        new("children", "After-School Program Assistant", PostingStage.Open, ["education"], 17.00m, 12, 3, Supervisor: 0,
            Description: "Help run the after-school program for kindergarten through fifth grade: homework help, games and "
            + "enrichment projects. Afternoons from 3 to 6 p.m., Monday through Thursday."),
        new("children", "Early Literacy Tutor", PostingStage.Open, ["education"], 17.50m, 8, 2, Supervisor: 1,
            Description: "Work one-on-one with kindergarten and first-grade students who are learning to read, using the program's "
            + "phonics lessons and games. Tutors are trained before they start and meet a reading specialist every two weeks."),

        new("water", "Water Quality Laboratory Intern", PostingStage.Open, ["energy", "agriculture"], 20.00m, 12, 2, Supervisor: 0,
            Description: "Collect and test water samples from wells and the treatment plant with our lab team. You'll learn sampling "
            + "procedures, run basic tests for chlorine, turbidity and pH, and record results for state compliance reports."),
        new("water", "Water Conservation Outreach Intern", PostingStage.Open, ["energy", "public"], 18.50m, 10, 2, Supervisor: 2,
            Description: "Help residents and schools save water: staff event booths, tally classroom water-use surveys and join "
            + "landscape rebate inspections. You'll also help design a short water-saving lesson for elementary students."),
        new("water", "Treatment Plant Operations Intern", PostingStage.Open, ["energy", "engineering"], 21.00m, 16, 1, Supervisor: 1,
            SeniorsOnly: true, MinimumAge: 18,
            Description: "Shadow certified operators at the surface water treatment plant. You'll take readings, help with equipment "
            + "rounds and preventive maintenance, and learn how the control system keeps drinking water safe around the clock."),
        new("water", "Asset Mapping Intern", PostingStage.Submitted, ["software", "engineering"], 19.50m, 10, 1, Supervisor: 1,
            Description: "Map valves, hydrants and meters with a tablet and GPS receiver, and clean up our records of where each "
            + "asset is and when it was last serviced."),

        new("sunridge", "Food Safety and Quality Intern", PostingStage.Open, ["manufacturing", "agriculture"], 19.00m, 12, 2, Supervisor: 2,
            MinimumAge: 16,
            Description: "Support our food safety coordinator on the tomato and fruit processing lines. You'll take product samples, "
            + "record temperatures and weights, check sanitation logs and learn how a plant prepares for an audit."),
        new("sunridge", "Maintenance Technician Intern", PostingStage.Open, ["manufacturing", "engineering"], 21.00m, 16, 2, Supervisor: 1,
            SeniorsOnly: true, MinimumAge: 18,
            Description: "Work with our maintenance crew keeping conveyors, pumps and packaging machines running. You'll help with "
            + "preventive maintenance, learn lockout/tagout procedures and assist with troubleshooting under supervision."),
        new("sunridge", "Production Planning Intern", PostingStage.Open, ["manufacturing", "business"], 18.50m, 10, 1, Supervisor: 0,
            Description: "Help our planners match the production schedule to orders and inventory. You'll update spreadsheets, "
            + "count stock and learn how a plant decides what to run each day."),

        new("kessler", "CNC Machining Intern", PostingStage.Submitted, ["manufacturing"], 20.00m, 16, 2, Supervisor: 0,
            SeniorsOnly: true, MinimumAge: 18,
            Description: "Set up and run CNC mills and lathes with an experienced machinist, measure finished parts and learn to "
            + "read engineering drawings and tolerances."),
        new("kessler", "Quality Inspection Intern", PostingStage.Draft, ["manufacturing", "engineering"], 19.50m, 12, 1, Supervisor: 1,
            Description: "Inspect machined parts with calipers, micrometers and a coordinate measuring machine, and record the "
            + "results for customers' quality reports."),

        new("vet", "Veterinary Assistant Intern", PostingStage.Submitted, ["agriculture", "health"], 17.50m, 12, 2, Supervisor: 0,
            MinimumAge: 16,
            Description: "Help our veterinary team care for dogs, cats and the occasional goat: comforting patients, cleaning "
            + "kennels, preparing exam rooms and learning basic lab procedures."),
    ];

    /// <summary>Reasons employers give students they turn down.</summary>
    public static readonly IReadOnlyList<string> RejectionNotes =
    [
        "Thank you for applying. We chose students whose availability matches our weekday morning schedule.",
        "We had many strong applicants and offered places to students further along in the course sequence this time.",
        "The position needs someone available on Saturdays, which your application did not mention.",
        "We've chosen other applicants for this round. Your statement was thoughtful; please apply again next term.",
        "We could not reach you to schedule an interview before our deadline.",
        "Thanks for your interest. We're looking for a little more experience with the tools listed in the posting.",
    ];

    /// <summary>Opening sentences of students' statements: {0} level (junior/senior), {1} pathway, {2} course, {3} field, {4} school.</summary>
    public static readonly IReadOnlyList<string> StatementOpenings =
    [
        "I'm a {0} in the {1} pathway at {4}, and {2} has been my favorite class so far.",
        "I finished {2} last year and want to see how the same skills are used on the job.",
        "I've been interested in {3} since middle school, and the {1} pathway has made me sure it's what I want to do.",
        "My {2} teacher encouraged me to apply because I'm organized and I like solving problems with a team.",
        "I learn best hands-on, and after {2} I'm ready to try {3} outside the classroom.",
        "As a {0} at {4}, I've spent the last two years building toward a career in {3}.",
        "Between school and a part-time job I've learned to manage my time, show up when I say I will and follow through.",
    ];

    /// <summary>Optional second sentences: {0} posting title, {1} employer, {2} days the student is free.</summary>
    public static readonly IReadOnlyList<string> StatementClosings =
    [
        "I can work {2} and have my own transportation.",
        "An internship at {1} would help me decide what to study after graduation.",
        "The {0} role matches what I hope to do after high school.",
        "I'm reliable, I ask questions when I'm unsure, and I'm ready to learn.",
        "I'm free {2} and can start as soon as the internship begins.",
    ];

    public static readonly IReadOnlyList<string> AvailableDays =
        ["Tuesday and Thursday afternoons", "Monday, Wednesday and Friday afternoons", "most weekday afternoons", "weekday afternoons and Saturday mornings"];
}

internal sealed record PathwaySeed(
    string Key, string Name, IndustrySector Sector, string Field, string Description, IReadOnlyList<string> Courses);

internal sealed record SchoolSeed(string Name, string Code, string City, int Share, IReadOnlyList<string> PathwayKeys);

/// <summary>When the partner agreement was signed, and for how long it runs (null: until either side ends it).</summary>
internal sealed record AgreementSeed(int SignedMonthsAgo, int? RunsMonths);

internal sealed record EmployerSeed(
    string Key, string Name, string Industry, string Domain, string City, string Address, AgreementSeed? Agreement,
    IReadOnlyList<string> SupervisorTitles);

/// <summary>Where a posting is in its life when the demo starts; Returned is a draft sent back by a coordinator.</summary>
internal enum PostingStage
{
    Draft,
    Returned,
    Submitted,
    Open,
    Filled,
    Closed,
}

/// <summary>A position an employer posts; Location defaults to the employer's address unless the work is remote.</summary>
internal sealed record PostingSeed(
    string EmployerKey,
    string Title,
    PostingStage Stage,
    IReadOnlyList<string> PathwayKeys,
    decimal Wage,
    decimal HoursPerWeek,
    int Slots,
    int Supervisor,
    string Description,
    string? Location = null,
    bool IsRemote = false,
    bool SeniorsOnly = false,
    int? MinimumAge = null,
    string? ReturnReason = null);
