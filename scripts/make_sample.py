#!/usr/bin/env python3
"""Generate the fictional sample knowledge base shipped with Mandate Wizard.

    python3 scripts/make_sample.py            # writes mw/data/sample.jsonl
    python3 scripts/make_sample.py --check    # validate and print tables, write nothing
    python3 scripts/make_sample.py -o PATH    # write somewhere else

Everything here is invented: buyers, executives, titles, production companies.
No real people, companies, brands or show titles are meant; any resemblance is
accidental. Every record carries ``"sample": true`` and a ``sample://fictional/...``
source so it can never be mistaken for real market intelligence.

The content (companies, executives, mandates, greenlit projects) is written by
hand below; the generator only assigns greenlight dates (spread over
2024-11-01 .. 2026-11-15 according to each executive's activity profile),
producers, and derived fields (ids, ``updated_at``). A fixed seed makes the
output byte-identical from run to run. Standard library only.

Ids follow the importer's conventions (``mw/ingest/importer.py``) so that
re-importing the sample dedupes: company/executive = slug of the name, mandate =
``<executive>-<date>-<sha1(text)[:8]>``, greenlight = ``<buyer>--<slug(title)>``.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 20261124
AS_OF = dt.date(2026, 11, 24)  # the "today" the sample is written against (staleness, recency)
GL_START = dt.date(2024, 11, 1)
GL_END = dt.date(2026, 11, 15)
MANDATE_START = dt.date(2023, 1, 1)
STALE_DAYS = 456  # ~15 months
OUT = Path(__file__).resolve().parent.parent / "mw" / "data" / "sample.jsonl"

META_NOTE = "Fictional sample data shipped with Mandate Wizard; no real people or companies."

GENRES = ("crime", "thriller", "horror", "comedy", "drama", "sci-fi", "fantasy", "documentary", "true crime",
          "reality", "animation", "kids", "stand-up", "romance", "action", "period", "family")
FORMATS = ("feature", "series", "limited series", "docuseries", "special")
REGIONS = ("US", "UK", "Nordics", "LatAm", "APAC", "Europe", "Canada", "Global")
KINDS = ("streamer", "network", "studio", "distributor", "production company")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def src(kind: str, rid: str) -> str:
    return f"sample://fictional/{kind}/{rid}"


# --------------------------------------------------------------------------------------------
# Companies: (name, kind, region, aliases, record date)
# --------------------------------------------------------------------------------------------
COMPANIES = [
    ("Brightwater Streaming", "streamer", "US", ["Brightwater", "BWS", "Brightwater+"], "2026-10-02"),
    ("Kestrel Broadcasting Network", "network", "US", ["Kestrel", "KBN"], "2026-09-14"),
    ("Ninefold Pictures", "studio", "US", ["Ninefold", "9fold", "NFP"], "2026-08-30"),
    ("Marigold Junction", "network", "US", ["Marigold", "MJ Kids", "Marigold Jr."], "2026-10-20"),
    ("Overcast Films", "distributor", "US", ["Overcast"], "2026-07-11"),
    ("Greyfriars Television", "network", "UK", ["Greyfriars", "GFTV", "Greyfriars TV"], "2026-10-08"),
    ("Tidemark", "streamer", "UK", ["Tidemark Play", "TMK"], "2026-09-25"),
    ("Copperbeech Studios", "production company", "UK", ["Copperbeech", "Copper Beech Studios"], "2026-06-18"),
    ("Fjellmark TV", "network", "Nordics", ["Fjellmark", "FTV"], "2026-10-15"),
    ("Skarvik Play", "streamer", "Nordics", ["Skarvik", "SkarvikPlay"], "2026-08-05"),
    ("Canela Azul", "streamer", "LatAm", ["Canela", "Canela+"], "2026-10-27"),
    ("Telemarea", "network", "LatAm", ["Telemarea MX", "TMR"], "2026-09-03"),
    ("Monsoon Lane", "streamer", "APAC", ["Monsoon", "ML+"], "2026-10-11"),
    ("Jadeport Entertainment", "studio", "APAC", ["Jadeport", "JPE"], "2026-07-29"),
    ("Kanalwerk", "network", "Europe", ["Kanalwerk TV", "KW"], "2026-09-19"),
    ("Lumencourt", "distributor", "Europe", ["Lumencourt Distribution", "LCD"], "2026-06-30"),
    ("Boreal Crossing", "network", "Canada", ["Boreal", "BCTV"], "2026-08-22"),
    ("Orrery", "streamer", "Global", ["Orrery+", "Orrery Global"], "2026-11-02"),
]

# --------------------------------------------------------------------------------------------
# Executives. ``profile`` steers greenlight dates: recent (last ~14 months), early (first ~13
# months, then quiet), steady (whole period). ``mandates``: (date, text), oldest first.
# ``greenlights``: (title, "genre|genre", format, logline, options) where options may set
# "region" (default: the executive's region) and "co" (other executives at the same buyer).
# --------------------------------------------------------------------------------------------
EXECUTIVES: list[dict] = []


def E(name, company, title, region, genres, formats, bio, pitch, aliases, profile, mandates, greenlights):
    EXECUTIVES.append(dict(name=name, company=company, title=title, region=region, genres=genres.split("|"),
                           formats=formats.split("|"), bio=bio, pitch_process=pitch, aliases=aliases,
                           profile=profile, mandates=mandates, greenlights=greenlights))


# ---- Brightwater Streaming (US streamer) ----
E("Priya Vellanki", "brightwater-streaming", "SVP, Scripted Drama", "US",
  "drama|crime|thriller|period", "series|limited series",
  "Priya Vellanki runs scripted drama at Brightwater Streaming after eight years developing procedurals at "
  "Kestrel Broadcasting Network. She is known for pairing first-time showrunners with veteran directors.",
  "Through agents and managers only; Brightwater does not accept unsolicited material. Her team asks for a "
  "pitch deck of no more than 12 slides plus a pilot script, and takes pitch meetings on Tuesdays and Wednesdays.",
  ["PV", "Priya V."], "steady",
  [("2024-03-12", "Vellanki is looking for returning American crime dramas with a procedural engine, 10 episodes "
                  "a season at $6-9M per episode. She wants a case-of-the-week structure wrapped around a "
                  "serialised mystery, and is not interested in serial-killer stories or shows told from inside "
                  "a big-city precinct."),
   ("2026-04-21", "Brightwater's drama team under Vellanki has shifted to limited series: six to eight episodes "
                  "of grounded American crime thrillers with a regional setting and a morally compromised lead, "
                  "budgeted at $5-8M per episode. Think a small-town financial conspiracy rather than a serial "
                  "killer. Period drama with a crime spine is welcome; legal procedurals and anything set in New "
                  "York or Los Angeles are a hard pass.")],
  [("The Ballast Line", "crime|thriller", "limited series",
    "A Gulf Coast harbor pilot discovers her late father's tugboat company has been smuggling people through "
    "the port for twenty years, and the only witness willing to talk is the man she put in prison.", {}),
   ("Quarter Moon Motel", "crime|drama", "series",
    "Three generations of a Tucson family run a roadside motel that doubles as a safe house for federal "
    "witnesses, until one guest turns out to be the man who killed their patriarch.", {}),
   ("Ledger of Ash", "thriller|drama", "limited series",
    "A forensic accountant hired to audit a Minneapolis megachurch finds the books balance perfectly, which is "
    "the first sign something is very wrong.", {}),
   ("Ironwood Parish", "period|drama", "limited series",
    "In 1936 Louisiana, a federal oral historian recording the memories of former sharecroppers uncovers a "
    "massacre the parish has erased from every official record.", {}),
   ("Burn Permit", "crime|thriller", "series",
    "An arson investigator in drought-stricken Sacramento County realizes the wildfires she is tracking are "
    "being set to clear land for a water-rights scheme run by her own brother-in-law.", {}),
   ("Glass Harbor", "drama", "series",
    "The estranged heirs of a Rhode Island sailmaking dynasty come home when their mother announces she is "
    "selling the company to its union workers.", {})])

E("Grant Oyelaran", "brightwater-streaming", "Head of Unscripted", "US",
  "reality|documentary|romance", "series|docuseries|special",
  "Grant Oyelaran built Brightwater's unscripted slate from scratch after a decade producing competition "
  "formats for cable. He favors big-cast, high-concept formats that can travel internationally.",
  "Accepts format pitches from established unscripted producers via the Brightwater Partner Portal: a sizzle "
  "reel under three minutes plus a one-page format bible. No pitches from individuals without a production "
  "company attached.",
  ["Oye"], "recent",
  [("2023-11-08", "Oyelaran wants big-cast competition formats that can be shot in a single location in under "
                  "eight weeks, for a 10-episode drop. He is not looking for dating shows."),
   ("2026-05-14", "Grant Oyelaran is now actively looking for dating and relationship formats with real-world "
                  "stakes, 8 to 10 episodes, plus character-led docuseries about family businesses in the "
                  "American heartland. Budgets run $1-2.5M per episode. Live or live-to-tape event specials are "
                  "a growing priority; celebrity formats are not.")],
  [("Forty Acres of Strangers", "reality", "series",
    "Twelve city-raised contestants inherit a failing Nebraska farm together and must turn a profit in one "
    "harvest season or lose the land to a neighboring co-op.", {}),
   ("Second Proposal", "reality|romance", "series",
    "Couples who said no to a marriage proposal years ago reunite in a Texas Hill Country ranch house to find "
    "out whether the answer has changed.", {}),
   ("Tow Yard Kings", "reality|documentary", "docuseries",
    "A family-run Detroit towing dynasty battles a private-equity rival for city contracts over one brutal "
    "winter.", {}),
   ("Pitch Night Live", "reality", "special",
    "A live two-hour event in which six amateur inventors pitch to a studio audience that votes with real "
    "money.", {})])

E("Tess Halvorsen-Kim", "brightwater-streaming", "Director, Stand-Up & Comedy Specials", "US",
  "stand-up|comedy", "special|series",
  "Tess Halvorsen-Kim spent a decade booking comedy festivals before joining Brightwater to program its "
  "stand-up specials. She champions comics with a strong point of view who have toured but never had an hour "
  "on a major platform.",
  "Through comedy managers only, with a link to a full, recent, unedited set of at least 45 minutes. She "
  "attends the autumn festival circuit and makes most offers from live showcases rather than tapes.",
  ["THK", "Tess H-K"], "steady",
  [("2026-03-09", "Halvorsen-Kim is buying 8 to 10 stand-up specials a year, each a 50-to-60-minute hour from a "
                  "comic with a strong personal voice and a touring audience of at least 300 seats a night. She "
                  "also wants one or two half-hour showcase series that introduce three emerging comics per "
                  "episode. No sketch, no panel shows.")],
  [("Marta Villanueva-Pike: Permission Slip", "stand-up", "special",
    "A former public-school vice principal's debut hour about discipline, detention and the day she expelled "
    "her own nephew.", {}),
   ("Deke Oduya: Low Ceilings", "stand-up", "special",
    "A six-foot-eight comic from Tulsa on being too tall for his apartment, his marriage and the regional "
    "airline he flies every week.", {}),
   ("Spin Cycle Sessions", "stand-up|comedy", "series",
    "A six-episode showcase taped in a 24-hour Queens laundromat, each episode giving three emerging comics a "
    "tight fifteen minutes.", {}),
   ("Priscilla Aung: Overqualified", "stand-up", "special",
    "A former corporate litigator's hour on quitting law, moving back in with her Burmese immigrant parents and "
    "billing them in six-minute increments.", {})])

E("Rafael Quintero-Baines", "brightwater-streaming", "Director of Original Film", "US",
  "action|thriller|sci-fi|crime", "feature",
  "Rafael Quintero-Baines oversees Brightwater's original features, with a focus on mid-budget action and "
  "genre films built for a global audience. Before Brightwater he was a production executive at Ninefold "
  "Pictures.",
  "Agented screenplays only, submitted through Brightwater's film portal with a one-page treatment and a "
  "budget top sheet. Prefers packages with a director attached.",
  ["Rafa", "RQB"], "early",
  [("2025-06-18", "Quintero-Baines is seeking original action thrillers and grounded sci-fi features in the "
                  "$20-45M range, with a contained premise that can be shot in one city. He is keen on "
                  "ticking-clock set-ups with a single protagonist and wants nothing that depends on existing "
                  "IP.")],
  [("Redline Courier", "action|thriller", "feature",
    "A disgraced racing driver turned medical courier has ninety minutes to get a donor heart across "
    "gridlocked Los Angeles while a cartel hunts the surgeon waiting for it.", {}),
   ("Perihelion", "sci-fi|thriller", "feature",
    "The two-person crew of a comet-mining tug wake from cryosleep to find a third crew member aboard who "
    "insists he has always been there.", {}),
   ("Night Shift at Pier 9", "action|crime", "feature",
    "A longshorewoman working the graveyard shift at the Port of Oakland becomes the only obstacle between a "
    "crew of container thieves and a shipment of stolen vaccines.", {})])

# ---- Kestrel Broadcasting Network (US network) ----
E("Lorraine Buckminster", "kestrel-broadcasting-network", "EVP, Comedy", "US",
  "comedy|family|romance", "series|special",
  "Lorraine Buckminster has run comedy at Kestrel for six years and is credited with reviving the network's "
  "multi-camera block. She looks for warm, broad ensemble comedies with a clear engine for 100 episodes.",
  "Pitches come through agents to her development team and are heard July through October only. A one-page "
  "series overview and a pilot outline are expected in the room.",
  ["Lorrie", "Lorrie B"], "steady",
  [("2026-01-15", "Buckminster wants broad, warm multi-camera and single-camera comedies for Kestrel's 8pm "
                  "family block, 13 episodes with a path to 22. Multigenerational households, workplace "
                  "ensembles and grown-up romantic comedy are all in play. She is avoiding cynical or edgy "
                  "half-hours and anything built around a single stand-up persona.")],
  [("Bless This Cul-de-Sac", "comedy|family", "series",
    "A widowed Baptist minister and a divorced atheist dentist discover they share a driveway, a grandson and a "
    "homeowners' association president who hates them both.", {}),
   ("The Standing Reservation", "comedy|romance", "series",
    "Three recently divorced friends agree to set each other up on blind dates, with one rule: every date must "
    "be attended by all six people.", {}),
   ("Two Sinks, One Mirror", "comedy", "series",
    "A newly married couple in their sixties move into his late mother's tiny Queens apartment, along with the "
    "tenant she never mentioned.", {})])

E("Desmond Achterberg", "kestrel-broadcasting-network", "SVP, Drama Development", "US",
  "crime|drama|thriller", "series",
  "Desmond Achterberg develops Kestrel's broadcast dramas, with a long track record in procedurals that run "
  "22 episodes a season. He wrote for two long-running legal dramas before moving to the executive side.",
  "Via agents only. He wants a pilot script plus a 'season one engine' document listing ten standalone "
  "case-of-the-week ideas.",
  ["Dez", "Des Achterberg"], "early",
  [("2024-06-03", "Achterberg is looking for broadcast crime procedurals with a clear case-of-the-week engine, "
                  "18 to 22 episodes a season, at network budgets. Fresh institutional settings such as night "
                  "courts, coroners' offices and missing-persons units are preferred over traditional homicide "
                  "squads. Medical and legal dramas with a crime angle are also welcome.")],
  [("Ward Nine", "crime|drama", "series",
    "A Cleveland night-court judge who was once a public defender reopens the cases she lost, one defendant a "
    "week, while an ambitious district attorney tries to get her removed from the bench.", {}),
   ("Sparrow Unit", "crime|thriller", "series",
    "An elite Chicago missing-persons squad staffed entirely by former kidnap victims takes the cases other "
    "departments have given up on.", {}),
   ("Mercy Pass", "drama", "series",
    "A rural Colorado hospital on the brink of closure is bought by its own ER nurses, who have no idea how to "
    "run a business.", {})])

E("Hollis Wren", "kestrel-broadcasting-network", "VP, Alternative & Reality", "US",
  "reality|family|comedy", "series|special",
  "Hollis Wren programs Kestrel's primetime alternative slate, from holiday specials to family competition "
  "shows. She has a background in live events and awards-show production.",
  "Accepts pitches from producers with at least one broadcast unscripted credit, sent to Kestrel's Alternative "
  "Submissions inbox with a tape and a one-sheet; responds within six weeks.",
  ["Holly Wren"], "early",
  [("2025-05-20", "Wren wants primetime family competition shows and holiday specials that bring three "
                  "generations to the sofa, 6 to 8 episodes. Formats must be safe for an 8pm slot and built "
                  "around a simple, repeatable game; no dating shows and no elimination by public vote.")],
  [("Gramps vs. Grandkids", "reality|family", "series",
    "Teams of grandparents and grandchildren face off in challenges that test each generation's skills, from "
    "rotary phones to drone racing.", {})])

# ---- Ninefold Pictures (US studio) ----
E("Constance Ibarra-Lowe", "ninefold-pictures", "President of Production", "US",
  "action|sci-fi|fantasy|family", "feature",
  "Constance Ibarra-Lowe oversees Ninefold Pictures' tentpole and four-quadrant slate. She came up through "
  "visual-effects production and is hands-on with world-building.",
  "Only through producers with a Ninefold first-look or overall deal, or through top-tier agencies; she "
  "reviews packages with a director and lead cast attached.",
  ["Connie", "Connie Ibarra"], "steady",
  [("2025-12-12", "Ibarra-Lowe is building Ninefold's four-quadrant slate: original fantasy and sci-fi "
                  "adventure features in the $80-150M range with a family audience and a world that can "
                  "sustain sequels. She wants a young protagonist and set pieces that suit practical effects. "
                  "Pure comedies and R-rated action are not a fit.")],
  [("The Cartographer's Daughter", "fantasy|action|family", "feature",
    "A twelve-year-old discovers that the maps her missing mother drew do not record the world but change it, "
    "and a rival guild of mapmakers wants the pen.", {}),
   ("Skyhook", "sci-fi|action", "feature",
    "When the cable of the first space elevator snaps, a maintenance crew stranded at the midpoint station has "
    "to ride it down before it wraps around the Earth.", {}),
   ("Moss & Iron", "fantasy|family", "feature",
    "A reclusive blacksmith and a talking moss golem escort a runaway princess through a forest that "
    "rearranges itself every night.", {})])

E("Julian Sato-Brennan", "ninefold-pictures", "EVP, Genre Film", "US",
  "horror|thriller|sci-fi", "feature",
  "Julian Sato-Brennan runs Ninefold's lower-budget genre label, which aims for theatrical horror under $15M. "
  "He is a former festival programmer with a taste for elevated horror with a strong hook.",
  "Accepts submissions through the Ninefold Genre Lab, a producer-partner scheme open to independent "
  "producers twice a year (March and September); a finished screenplay and a lookbook are required.",
  ["JSB", "Jules"], "recent",
  [("2024-04-09", "Sato-Brennan's genre label wants contained horror features under $5M with a single "
                  "location and a high-concept hook. Found footage is welcome; creature features are not."),
   ("2026-03-17", "Julian Sato-Brennan is raising the ceiling on Ninefold's genre label to $8-15M and wants "
                  "elevated horror and sci-fi horror with a strong theatrical hook, especially rural American "
                  "settings and religious or folk horror. Psychological thrillers with a horror edge are also "
                  "welcome. He is no longer buying found footage.")],
  [("Lot 47", "horror", "feature",
    "A storage-unit auction hunter buys an abandoned unit in rural Ohio and finds someone is still living in "
    "it.", {}),
   ("Hollow Season", "horror|thriller", "feature",
    "A deer-hunting camp in the Adirondacks goes silent one November, and the game warden who finds it "
    "realizes the hunters were stalking each other.", {}),
   ("Backup Subject Nine", "sci-fi|horror", "feature",
    "A volunteer testing a memory-backup implant starts receiving memories from the previous volunteer, who "
    "died during the trial.", {}),
   ("Copperhead Sunday", "horror", "feature",
    "An Appalachian snake-handling congregation takes in a faith healer whose miracles leave the healed "
    "speaking in the voices of the dead.", {})])

E("Wendell Pryce", "ninefold-pictures", "SVP, Television", "US",
  "drama|fantasy|period|sci-fi", "series|limited series",
  "Wendell Pryce heads Ninefold's television studio, which produces for outside buyers as well as its own "
  "streaming partners. He prefers IP-driven drama with a built-in fanbase.",
  "Only through agents, preferably with published or optioned IP attached: send the IP, a series overview "
  "and a pilot outline. He is not hearing open-writing-assignment pitches.",
  ["Wen Pryce"], "early",
  [("2023-12-05", "Pryce is seeking IP-driven drama series for Ninefold's television studio, including fantasy "
                  "and period adaptations of published novels, 8 to 10 episodes at $8-12M per episode. Projects "
                  "need a rights holder attached and a clear international co-financing path.")],
  [("The Ninth Orchard", "fantasy|period", "series",
    "In 1890s Oregon, a Chinese-American orchard family discovers their apple trees bear fruit that lets the "
    "eater relive a single day, and the railroad barons want every seed.", {})])

# ---- Marigold Junction (US kids & family network) ----
E("Beatrix Omondi", "marigold-junction", "Head of Kids & Family Animation", "US",
  "animation|kids|family|comedy|fantasy", "series|feature|special",
  "Beatrix Omondi leads all animated commissioning at Marigold Junction, from preschool to tween. She began "
  "her career as a storyboard artist and still reviews animatics personally.",
  "Independent creators can pitch in Marigold's twice-yearly Open Doors window (January and July) through the "
  "company portal: a pitch bible of up to 15 pages plus a character design sheet. Agented pitches are heard "
  "year-round.",
  ["Trixie", "Trixie Omondi", "Bea"], "recent",
  [("2024-05-22", "Omondi is looking for preschool and early-grade animated comedies, 52 x 11 minutes, with "
                  "strong character design and a built-in consumer-products angle. No curriculum shows."),
   ("2026-02-10", "Beatrix Omondi wants animated comedy and fantasy series for kids 6 to 11, 26 x 22 minutes, "
                  "plus one or two animated family features a year budgeted under $40M. Holiday specials with a "
                  "repeatable hook are a priority. She is passing on superhero parodies and anything that reads "
                  "like a toy commercial.")],
  [("Pickle & Pip's Lighthouse", "animation|kids", "series",
    "A nervous cucumber and a fearless sea snail keep the lamp burning at a tiny lighthouse that guides lost "
    "toys home.", {}),
   ("Grandma Is a Dragon", "animation|family|fantasy", "feature",
    "When eleven-year-old Tomasz learns his grandmother is the last dragon in Milwaukee, he has to keep her "
    "secret through the family's most chaotic Thanksgiving.", {}),
   ("Robo-Recess", "animation|kids|comedy", "series",
    "Five fourth-graders build a recess robot out of cafeteria trays and accidentally make it the most popular "
    "kid in school.", {}),
   ("The Snowglobe Caper", "animation|family", "special",
    "A half-hour holiday special in which two toy mice break into a department-store snowglobe to rescue a "
    "sleigh bell before Christmas Eve.", {}),
   ("Mapletoe Hollow", "animation|kids|fantasy", "series",
    "A shy young fox becomes apprentice to the forest's only mail carrier, delivering letters to creatures "
    "nobody else has ever met.", {}),
   ("Buzz Cut Brothers", "animation|comedy|kids", "series",
    "Twin beetle brothers run a barbershop for insects and get pulled into every bug-sized scandal on "
    "Dandelion Street.", {})])

E("Sunil Harwood", "marigold-junction", "Director of Preschool", "US",
  "kids|animation|family", "series|special",
  "Sunil Harwood oversees preschool programming at Marigold Junction and works with early-childhood educators "
  "on every series' curriculum. He was previously a children's book editor.",
  "Submissions through the company portal with a one-page treatment, a curriculum statement and sample "
  "artwork; creators need not be agented, but a signed release form is required.",
  ["Sunny"], "steady",
  [("2026-01-26", "Harwood is looking for curriculum-driven preschool series, 52 x 7 minutes or 26 x 11 "
                  "minutes, centred on early numeracy, emotional literacy and bedtime routines. Live-action and "
                  "puppet hybrids are welcome. He needs an early-childhood educator attached at pitch stage.")],
  [("Counting with Clementine", "kids|animation", "series",
    "A curious preschool cow counts her way through farm chores, with each episode built around one number "
    "from one to twenty.", {}),
   ("Baby Tooth Brigade", "kids|animation|family", "series",
    "Three freshly lost baby teeth train to become tooth fairies and learn about feelings, bravery and "
    "brushing along the way.", {"co": ["beatrix-omondi"]}),
   ("Little Lantern's Bedtime", "kids|family", "special",
    "A live-action and puppet bedtime special that walks preschoolers through a calming evening routine with "
    "a glowing paper lantern.", {})])

E("Callie Dunstan", "marigold-junction", "VP, Live-Action Family", "US",
  "family|kids|comedy|fantasy|action", "series|feature",
  "Callie Dunstan runs live-action family programming at Marigold Junction, with a focus on tween audiences. "
  "She previously produced teen comedies for cable.",
  "Through agents, or via Marigold's Greenhouse producer-partner scheme, which pairs emerging writers with "
  "experienced family showrunners; send a pilot script and a short creator statement.",
  ["Cal Dunstan"], "early",
  [("2025-12-01", "Dunstan wants live-action family comedies and adventure stories for tweens, 10-episode "
                  "series or features under $20M, ideally with a fantastical twist on school or summer camp. "
                  "She is actively looking for writers from underrepresented backgrounds through the "
                  "Greenhouse scheme. Teen romance and horror are out.")],
  [("Summer of the Seven Bikes", "family|kids|action", "feature",
    "Seven kids from a Lake Michigan town enter a 200-mile bike race to save their summer camp, and the adult "
    "champion they have to beat is their own camp director.", {}),
   ("Substitute Wizard", "family|fantasy|comedy", "series",
    "A middle-school substitute teacher is secretly a wizard on probation who must survive a semester of "
    "seventh-grade science without casting a single spell.", {"co": ["beatrix-omondi"]})])

# ---- Overcast Films (US distributor) ----
E("Miriam Szabo-Fenn", "overcast-films", "Head of Acquisitions, Documentary", "US",
  "documentary|true crime", "feature|docuseries",
  "Miriam Szabo-Fenn acquires documentary features and series for Overcast Films' theatrical and streaming "
  "sales. She has a record of buying true crime films with a strong investigative spine at rough-cut stage.",
  "Accepts submissions from filmmakers directly through Overcast's acquisitions portal: a rough cut or "
  "10-minute sizzle, a one-page treatment and a clearance and access summary. She also scouts the major "
  "documentary festivals.",
  ["Mim", "Mim Szabo"], "steady",
  [("2024-11-14", "Szabo-Fenn is acquiring feature documentaries on social justice and the environment at "
                  "rough-cut stage, with minimum guarantees up to $750K. True crime is not a priority."),
   ("2026-02-25", "Miriam Szabo-Fenn has pivoted Overcast's documentary buying toward investigative true "
                  "crime: feature docs and four-to-six-part docuseries with a wrongful-conviction or "
                  "systemic-failure angle, minimum guarantees of $400K-1.5M. She wants exclusive access and new "
                  "evidence, not recaps of famous cases. Character-led documentary features about rural America "
                  "remain of interest.")],
  [("The Arithmetic of Mercy", "documentary", "feature",
    "A ten-year portrait of a Texas parole board member who has voted on more than 30,000 release decisions, "
    "and the two she cannot stop thinking about.", {}),
   ("Fourteen Keys", "true crime|documentary", "docuseries",
    "A four-part investigation into a 1998 Tallahassee jailbreak in which fourteen inmates walked out using "
    "keys that, according to the records, never existed.", {}),
   ("The Lifeguard's Alibi", "true crime|documentary", "feature",
    "A Jersey Shore lifeguard convicted of a 1987 drowning spends thirty years in prison before a retired beach "
    "photographer finds the roll of film that places him a mile away.", {}),
   ("Seed Vault", "documentary", "feature",
    "Inside the race to save an Iowa heirloom-seed bank after its founder dies without a successor and the land "
    "goes to auction.", {}),
   ("The Pill Mill Postmaster", "true crime|documentary", "docuseries",
    "How a rural Kentucky postmaster noticed one pharmacy was receiving more packages than the rest of the "
    "county combined, and ended up exposing a $200 million opioid ring.", {})])

E("Otis Amankwah-Ruiz", "overcast-films", "Acquisitions Executive, Genre & Crime", "US",
  "horror|thriller|crime", "feature",
  "Otis Amankwah-Ruiz buys finished and near-finished genre features for Overcast Films' theatrical and "
  "streaming distribution. He favors lean, contained thrillers and horror with a festival launch.",
  "Through sales agents only, at or after picture lock; screeners and a festival plan go from the sales agent "
  "to Overcast's acquisitions inbox.",
  ["Otis A-R"], "recent",
  [("2026-06-08", "Amankwah-Ruiz is buying finished crime thrillers and horror features under $10M with a "
                  "festival premiere secured, for day-and-date theatrical and streaming release. He likes "
                  "contained, single-night stories with a working-class lead. No period pieces or anthology "
                  "films.")],
  [("Tollbooth 19", "crime|thriller", "feature",
    "A toll collector in the last staffed booth on a New Jersey highway is handed a bloody fifty-dollar bill and "
    "has until the end of her shift to decide who to call.", {}),
   ("Tin Roof Lullaby", "horror", "feature",
    "A Florida Panhandle couple riding out a hurricane in their new home learn that the previous owners never "
    "actually left the attic.", {}),
   ("Black Ice Reception", "crime|thriller", "feature",
    "A Montana wedding party snowed into a lodge realizes the groom's family business launders money for the "
    "men now surrounding the building.", {})])

# ---- Greyfriars Television (UK network) ----
E("Imogen Threlfall", "greyfriars-television", "Commissioning Editor, Comedy", "UK",
  "comedy|stand-up|romance", "series|special",
  "Imogen Threlfall commissions scripted and stand-up comedy for Greyfriars Television, with a remit to find "
  "new voices from outside London. She was previously a script editor on several award-winning sitcoms.",
  "Through agents, or via the Greyfriars New Comedy Scheme, which opens each February and accepts a half-hour "
  "script and a one-page series outline from unrepresented writers based outside London.",
  ["Immy", "Immy Threlfall"], "recent",
  [("2023-09-19", "Threlfall is after studio-audience sitcoms and comedy panel shows, six episodes per series. "
                  "She is not currently looking for romantic comedy."),
   ("2026-01-20", "Imogen Threlfall is looking for character-led comedies set outside London, 6 x 30 minutes, "
                  "at around £400-650K per episode, and for stand-up specials from regional comics who have "
                  "built a live following. Romantic comedy with a strong community setting is welcome. She is "
                  "no longer commissioning panel shows.")],
  [("Lay-By", "comedy", "series",
    "Two sisters run the only burger van on a windswept A-road in County Durham and become accidental agony "
    "aunts for the lorry drivers who stop there.", {}),
   ("The Mizzen Arms", "comedy|romance", "series",
    "A Cornish pub landlady agrees to a fake engagement with the holiday-let developer she loathes to stop the "
    "brewery selling the pub out from under her.", {}),
   ("Kemi Adewuyi-Marsh: Soft Launch", "stand-up", "special",
    "A Bristol comic's debut hour about her doomed attempt to run a wedding-planning business during her own "
    "divorce.", {}),
   ("Best Marrow", "comedy", "series",
    "A Leeds allotment society descends into civil war when a retired chemistry teacher wins Best Marrow for "
    "the ninth year running.", {})])

E("Fergus Allardyce", "greyfriars-television", "Head of Drama", "UK",
  "drama|crime|thriller|period", "series|limited series",
  "Fergus Allardyce leads drama commissioning at Greyfriars Television, overseeing its Sunday-night crime and "
  "period slots. He spent fifteen years as a producer in Glasgow before moving into commissioning.",
  "Through agents or producers with a UK broadcast drama credit; Greyfriars does not accept unsolicited "
  "scripts. Pitches should include a pilot script and a series document of no more than five pages.",
  ["Gus", "Gus Allardyce"], "steady",
  [("2024-01-29", "Allardyce wants returning detective dramas for the Sunday 9pm slot, 6 x 60, set in Scotland "
                  "or the north of England, at around £1.2M per hour. Period is not a priority."),
   ("2025-12-09", "Fergus Allardyce is looking for crime and period drama with a strong regional identity: "
                  "six-part limited series and returnable detective dramas for the Sunday slot at £1.5-2M per "
                  "hour. He is particularly keen on coastal and island settings and on 19th- and early "
                  "20th-century stories with a crime or legal engine. No London-set thrillers, no serial "
                  "killers.")],
  [("The Bellringer's Confession", "crime|period", "limited series",
    "In 1952 Aberdeen, a cathedral bellringer confesses to a murder nobody knew had happened, and the detective "
    "sent to disprove him finds the body exactly where he said it would be.", {}),
   ("Tidewrack", "crime|thriller", "series",
    "A Northumberland coastguard officer investigating bodies washing up along a tidal causeway uncovers a "
    "smuggling route run through her own village.", {}),
   ("Blackthorn Assizes", "period|drama", "series",
    "A young barrister rides the 1830s Northern Circuit defending the poor before hanging judges, while "
    "concealing from the whole profession that she is a woman.", {}),
   ("The Family Silver", "drama", "series",
    "Four Oldham households whose lives revolve around a textile mill turned community centre collide over one "
    "year of council cuts and a disputed inheritance.", {}),
   ("The Second Witness", "crime|thriller", "limited series",
    "When a Cardiff murder conviction collapses because the star witness recants, the junior detective who "
    "took her statement sets out to prove she is lying now, not then.", {})])

E("Nadia Rahimi-Clarke", "greyfriars-television", "Commissioning Editor, Factual & True Crime", "UK",
  "documentary|true crime", "docuseries|special",
  "Nadia Rahimi-Clarke commissions Greyfriars' factual and true crime output, including its flagship "
  "investigative strand. She is a former investigative journalist who insists on rigorous access and legal "
  "sign-off.",
  "Accepts ideas from independent production companies through the Greyfriars commissioning site: a "
  "one-page treatment, evidence of access and a note on legal risk. Individuals should partner with an indie "
  "first.",
  ["Nadia R-C"], "recent",
  [("2026-04-02", "Rahimi-Clarke is commissioning three- and four-part true crime docuseries for Greyfriars' "
                  "investigative strand, plus feature-length one-off specials. She needs new evidence, the "
                  "cooperation of families and a lawyer's view at pitch stage. Observational documentary series "
                  "with unusual institutional access are also welcome; celebrity-led travelogues are not.")],
  [("The Ferryman of Stranraer", "true crime|documentary", "docuseries",
    "A three-part investigation into the 1994 disappearance of a ferry deckhand, reopened after his wristwatch "
    "turned up in a Belfast pawn shop.", {}),
   ("The Coroner's Year", "documentary", "docuseries",
    "An observational series following twelve months inside a Sheffield coroner's court, where every case is a "
    "death someone wants explained.", {}),
   ("The Sea View Poisoning", "true crime", "special",
    "A feature-length special revisiting the unsolved 1978 poisoning of a Margate guesthouse owner through newly "
    "released police files.", {}),
   ("Let It Flood", "documentary", "docuseries",
    "A four-part chronicle of a Somerset village fighting a government plan to let it flood to protect the "
    "motorway downstream.", {})])

E("Owain Penhallow", "greyfriars-television", "Commissioning Editor, Entertainment", "UK",
  "reality|comedy|family", "series|special",
  "Owain Penhallow commissions entertainment and reality formats for Greyfriars, especially Saturday-night "
  "family shows. He previously ran a Cardiff-based indie specialising in quiz formats.",
  "Through independent production companies only, via the Greyfriars commissioning site; paper formats are "
  "considered, but a taped pilot or run-through greatly improves the odds.",
  ["Owen Penhallow"], "early",
  [("2025-10-28", "Penhallow is looking for Saturday-night entertainment formats and Christmas specials for "
                  "families, 6 to 8 episodes or one-off 90-minute specials, at around £250-400K per hour. "
                  "Quizzes with community teams and warm, gently comic reality are the sweet spot. No "
                  "shiny-floor singing contests.")],
  [("Caravan Park Showdown", "reality|family", "series",
    "Families from across Britain swap homes for a week in each other's static caravans, judging hospitality, "
    "barbecues and bunk-bed diplomacy.", {}),
   ("The Big Village Quiz", "reality|comedy", "special",
    "A Christmas special in which rival villages field teams of pensioners, publicans and schoolchildren in a "
    "live quiz broadcast from a freezing church hall.", {})])

# ---- Tidemark (UK streamer) ----
E("Harriet Coombe", "tidemark", "Director of Scripted", "UK",
  "thriller|crime|drama|romance", "series|limited series",
  "Harriet Coombe runs scripted originals at Tidemark, the UK streamer's push into premium drama. She favours "
  "propulsive, bingeable thrillers with a strong female lead.",
  "Through agents only, or via Tidemark's Producer Partners scheme for UK indies with an existing Tidemark "
  "relationship. She wants a pilot script, a series arc and a short tone reel.",
  ["Hattie", "Hattie Coombe"], "steady",
  [("2026-03-04", "Harriet Coombe wants propulsive British thrillers with a female lead, 6 x 60 limited series "
                  "or returnable series, at £2-3.5M per episode. Crime thrillers set in working coastal "
                  "communities and romantic dramas with a thriller undertow both appeal. She is not looking for "
                  "police procedurals or historical dramas.")],
  [("Dry Dock", "thriller|crime", "limited series",
    "A Belfast shipyard welder discovers the superyacht she is refitting is being built to smuggle a person, "
    "not cargo, and the person is her missing sister.", {}),
   ("Nightingale Lane", "drama|romance", "series",
    "A junior doctor and the hospital porter she was engaged to at eighteen are forced to share a Brixton flat "
    "when both take jobs at the same emergency department.", {}),
   ("Romance Language", "thriller", "limited series",
    "A linguist hired by the security services to decode a dead agent's love letters realises they are "
    "addressed to her.", {}),
   ("Lowtide", "crime|thriller", "series",
    "An Essex estuary cockle-picker becomes an informant against the gangmaster who controls the mudflats, "
    "and the detective running her is on his payroll.", {}),
   ("Kittiwake", "thriller|drama", "limited series",
    "A warden on a remote Shetland seabird reserve takes in a shipwreck survivor who may be the hitman sent to "
    "kill her.", {})])

E("Jasper Nkemelu", "tidemark", "Head of Kids & Young Adult", "UK",
  "kids|fantasy|drama|animation", "series",
  "Jasper Nkemelu builds Tidemark's kids and young-adult slate for 8-to-15-year-olds. He was a children's "
  "novelist before moving into commissioning.",
  "Open submissions window each Q1 (January to March) through the Tidemark portal for UK-based creators: a "
  "pilot script or animatic and a series bible under ten pages. Outside the window, agented submissions only.",
  ["Jas"], "steady",
  [("2026-01-07", "Nkemelu is commissioning live-action and animated series for 8-to-15-year-olds, 10 x 25 "
                  "minutes, through Tidemark's Q1 open window. Contemporary fantasy grounded in ordinary British "
                  "places, and emotionally honest drama about young carers and family pressures, are priorities. "
                  "No preschool, no licensed toy brands.")],
  [("The Underground Library", "kids|fantasy", "series",
    "Four Sheffield schoolkids discover a library beneath the tram depot where every overdue book has let "
    "something escape.", {}),
   ("Finley Never Sleeps", "kids|drama", "series",
    "A thirteen-year-old who cares for his disabled dad sneaks out each night to compete in an underground "
    "chess league in Glasgow.", {})])

# ---- Copperbeech Studios (UK production company) ----
E("Rosalind Fairweather", "copperbeech-studios", "Head of Development", "UK",
  "period|drama|romance", "limited series|feature|series",
  "Rosalind Fairweather develops Copperbeech Studios' slate of period and literary drama, which it produces "
  "for broadcasters and streamers worldwide. She previously ran development at a London literary agency.",
  "Accepts submissions through the Copperbeech Writers' Room partnership, a funded development scheme that "
  "takes six writers a year; applications need a one-page treatment and a 10-page writing sample. Otherwise "
  "agents only.",
  ["Roz", "Roz Fairweather"], "steady",
  [("2026-05-19", "Fairweather is developing literary period drama and romance for international "
                  "co-production, as limited series of four to six hours or features. Under-explored 19th- and "
                  "early 20th-century settings, especially stories of working women, are a priority. She is not "
                  "developing Tudor or Regency-era projects.")],
  [("The Glassblower's Wife", "period|romance", "limited series",
    "In the 1860s, a Venetian glassblower's English wife runs his London workshop in secret after his arrest "
    "and falls for the rival who informed on him.", {}),
   ("Ashcombe", "period|drama", "series",
    "A Devon estate's servants buy the house from its bankrupt owners in 1921 and discover that running it is "
    "harder than serving in it.", {})])

E("Tobias Lenihan", "copperbeech-studios", "Creative Director, Film", "UK",
  "comedy|romance|drama", "feature",
  "Tobias Lenihan runs film at Copperbeech Studios, developing British romantic comedies and character "
  "dramas. He has produced three features that premiered at European festivals.",
  "Through agents only; he reads feature scripts on a rolling basis but prioritises projects eligible for UK "
  "tax relief with a director attached.",
  ["Toby", "Toby Lenihan"], "early",
  [("2024-02-14", "Lenihan is developing British romantic comedies and character-driven comedy dramas for "
                  "theatrical release, budgets £2-6M. He wants contemporary stories with a distinctive regional "
                  "setting and a director already attached.")],
  [])

# ---- Fjellmark TV (Nordic network) ----
E("Sigrid Aalvik", "fjellmark-tv", "Commissioning Editor, Drama", "Nordics",
  "crime|thriller|drama", "series|limited series",
  "Sigrid Aalvik commissions drama for Fjellmark TV and has made its Sunday crime slot the most-watched in the "
  "region. She previously produced three seasons of a long-running Bergen police series.",
  "Via Nordic producers with a broadcast drama credit, or through Fjellmark's co-production desk for "
  "international partners; she wants a pilot script, a series arc and a financing plan showing at least 30% "
  "from partners.",
  ["Siri", "Siri Aalvik", "S. Aalvik"], "recent",
  [("2024-10-01", "Aalvik is seeking Nordic crime drama for Fjellmark's Sunday slot, 8 x 45 minutes, with "
                  "budgets of €800K-1.2M per episode. Classic detective formats set in Oslo, Stockholm or "
                  "Copenhagen are preferred."),
   ("2026-06-11", "Sigrid Aalvik wants Nordic crime thrillers set far from the capitals: Arctic towns, island "
                  "communities and rural farming districts, 6 to 8 x 45 minutes at €1-1.6M per episode. She "
                  "prefers limited series with a closed-ended mystery and a lead with a personal connection to "
                  "the case. International co-production partners are welcome; she is not looking for comedy or "
                  "case-of-the-week procedurals.")],
  [("Svartfjord", "crime|thriller", "series",
    "A Tromsø detective recovering from a breakdown is sent to a fishing village where the entire crew of a "
    "trawler has vanished, along with their families.", {}),
   ("The Ice Road Verdict", "crime|drama", "limited series",
    "A Finnish judge on a circuit of frozen lake villages must rule on a drowning that every witness saw and "
    "every witness describes differently.", {}),
   ("Midnight Sun Clause", "crime|thriller", "series",
    "A Stockholm insurance investigator looking into a yacht fire in the archipelago finds that the "
    "policyholder's family keeps buying life insurance on strangers.", {}),
   ("Ravnholt", "crime|thriller|drama", "series",
    "The matriarch of a Danish pig-farming dynasty is found dead in the slurry tank, and the rural officer "
    "investigating is her estranged granddaughter.", {}),
   ("Polar Night Witness", "crime|thriller", "limited series",
    "During sixty days without sunrise in Svalbard, a mining-town nurse becomes the sole witness to a killing, "
    "and the killer is one of the 2,000 people she cannot avoid.", {}),
   ("Hvalstad", "crime|thriller", "series",
    "An Oslo financial-crime unit follows a pyramid scheme from a suburban church to the board of a national "
    "pension fund.", {}),
   ("Salt and Sisu", "drama", "series",
    "Three Finnish sisters reopen their late father's lakeside sauna business and dig up the reasons he kept it "
    "closed for thirty years.", {}),
   ("The Tenth Frost", "crime|thriller", "limited series",
    "A Reykjavík forensic geologist links a body found in a retreating glacier to a 1970s disappearance and to a "
    "sitting member of parliament.", {})])

E("Erlend Brekkestad", "fjellmark-tv", "Head of Factual", "Nordics",
  "documentary|true crime|reality", "docuseries|series",
  "Erlend Brekkestad heads factual at Fjellmark TV, covering documentary, true crime and observational "
  "reality. He is a former radio documentary producer.",
  "Accepts ideas from Nordic independents through Fjellmark's online pitch form with a two-page treatment and "
  "a budget estimate; international co-productions go through the co-production desk.",
  ["Erl"], "early",
  [("2025-09-09", "Brekkestad is looking for Nordic true crime docuseries of four to six episodes and "
                  "observational factual series about remote communities and traditional livelihoods. Budgets "
                  "are modest, €150-300K per episode. He does not commission dating or competition reality.")],
  [("The Lindeberg Files", "true crime|documentary", "docuseries",
    "A five-part investigation into a 1986 Gothenburg arson that killed four, told through the firefighter who "
    "has spent four decades insisting it was murder.", {}),
   ("Reindeer Road", "reality|documentary", "series",
    "An observational series following three herding families through the spring migration across northern "
    "Norway.", {}),
   ("Island Post", "documentary", "docuseries",
    "A year aboard the postal boat that serves forty islands along the Norwegian coast, and the dwindling "
    "communities waiting for it.", {})])

E("Maja Lindholt", "fjellmark-tv", "Commissioning Editor, Kids", "Nordics",
  "kids|family|animation", "series|special",
  "Maja Lindholt commissions children's programming for Fjellmark TV's kids channel, from preschool animation "
  "to live-action tween drama. She trained as a primary teacher in Aarhus.",
  "Open submissions window every Q1 for Nordic creators through the Fjellmark kids portal: a one-page "
  "treatment, the target age band and sample visuals; international co-production proposals are accepted "
  "year-round.",
  ["Maja L"], "steady",
  [("2026-01-14", "Lindholt wants preschool animation and family specials with a Nordic setting, 52 x 7 "
                  "minutes, suitable for international co-production. Stories rooted in nature, the seasons and "
                  "Nordic folklore are especially welcome. Violence and sarcasm-driven comedy are not a fit.")],
  [("Little Lumi and the Northern Lights", "kids|animation", "series",
    "A tiny reindeer calf who is afraid of the dark learns to find her way home by following the colours of "
    "the aurora.", {}),
   ("The Christmas Elk", "family|kids", "special",
    "A farm family in Dalarna searches for their lost elk calf, which turns up in the middle of the village's "
    "Lucia procession.", {})])

# ---- Skarvik Play (Nordic streamer) ----
E("Johanna Västerberg", "skarvik-play", "Head of Scripted", "Nordics",
  "crime|thriller|sci-fi|horror|drama", "series|limited series",
  "Johanna Västerberg launched Skarvik Play's scripted slate with a run of high-concept Nordic thrillers that "
  "sold widely abroad. She is a former feature producer from Malmö.",
  "Through agents or Nordic production companies; she reads English- and Scandinavian-language pilots and "
  "asks for a pitch deck with comparable international performance data.",
  ["Jo Västerberg", "JV"], "early",
  [("2024-06-17", "Västerberg is looking for high-concept Nordic crime thrillers and horror for Skarvik Play, 6 "
                  "to 8 episodes at €1.5-2.5M per episode, with international sales potential."),
   ("2025-10-13", "Johanna Västerberg says Skarvik Play has enough crime on its slate and is now prioritising "
                  "Nordic sci-fi and horror limited series, six episodes at €2-3M per episode, with a grounded, "
                  "speculative premise. Crime thrillers will only be considered with a genuinely new format "
                  "hook. She wants English-language co-production potential.")],
  [("Graveldal", "crime|thriller", "series",
    "When a Swedish mining town is physically moved two kilometres to make way for the mine, the relocation "
    "crew finds a body in the foundations of the old police station.", {}),
   ("Static North", "sci-fi|thriller", "series",
    "Residents of a remote Norwegian radio-telescope village start receiving transmissions in their own "
    "voices, dated next week.", {}),
   ("Eleven Winters", "crime|drama", "limited series",
    "A Danish prosecutor re-tries the man she convicted eleven years ago after new DNA evidence emerges, and he "
    "asks to meet her before the verdict.", {}),
   ("Myrvold", "horror|thriller", "limited series",
    "A family renovating an inherited farmhouse on a Norwegian bog discovers its earlier owners preserved in "
    "the peat, and not all of them are dead.", {}),
   ("Paper Wolves", "crime|thriller", "series",
    "A Helsinki journalist goes undercover in an extremist online network and finds her own editor is feeding "
    "it stories.", {}),
   ("Baltic Drift", "crime|thriller", "limited series",
    "An overnight Stockholm-to-Turku ferry loses all contact with land, and the ship's security chief has one "
    "night to find which of 2,000 passengers disabled it.", {})])

E("Sören Nyquist-Haugen", "skarvik-play", "Head of Unscripted", "Nordics",
  "reality|documentary|comedy|romance", "series|docuseries|special",
  "Sören Nyquist-Haugen runs unscripted at Skarvik Play, mixing Nordic dating formats with character-led "
  "docuseries. He produced reality formats in Copenhagen for a decade.",
  "Format pitches through production companies only, via Skarvik's partner portal with a tape; he also scouts "
  "paper formats at the major spring and autumn TV markets.",
  ["Sören NH", "SNH"], "recent",
  [("2026-08-19", "Nyquist-Haugen wants Nordic dating and relationship formats and comic reality set in "
                  "distinctive locations, 8 x 45 minutes. He is also open to light-entertainment specials and "
                  "character-driven docuseries about Nordic lifestyles. No survival formats.")],
  [("Love in Low Season", "reality|romance", "series",
    "Single locals in a Danish seaside town that empties every winter are matched with the summer tourists who "
    "left them heartbroken.", {}),
   ("Sauna Confessions", "reality|comedy", "series",
    "Celebrities and strangers share a wood-fired sauna in Lapland with one rule: nobody leaves until someone "
    "tells a secret.", {})])

# ---- Canela Azul (LatAm streamer) ----
E("Valentina Echeverri Soto", "canela-azul", "Head of Drama", "LatAm",
  "drama|thriller|romance|crime", "series|limited series",
  "Valentina Echeverri Soto heads drama at Canela Azul, where she has steered the platform from classic "
  "telenovelas toward tightly plotted Spanish-language thrillers. She began as a writer on daily telenovelas "
  "in Bogotá.",
  "Latin American producers and showrunners pitch through the Canela Azul Creators Program, a producer-partner "
  "scheme with two calls a year; individual writers must be attached to a partner producer. Agents may submit "
  "at any time.",
  ["Vale", "Vale Echeverri", "VES"], "recent",
  [("2024-02-06", "Echeverri Soto is looking for classic primetime telenovelas, 60 to 80 episodes, with a "
                  "romantic core and a family rivalry, for pan-regional audiences."),
   ("2026-01-13", "Valentina Echeverri Soto is steering Canela Azul from long-running telenovelas to tight "
                  "Spanish-language thrillers: 8 to 10 episodes at US$1-2M per episode, with the emotional pull "
                  "of a telenovela and the pace of a crime thriller. Female-led stories of family secrets, "
                  "cartels seen from the margins and romantic thrillers are all on her list. She no longer "
                  "commissions series of more than 20 episodes.")],
  [("La Viuda del Notario", "crime|thriller|drama", "series",
    "A Mexico City notary's widow discovers her husband forged the deeds to half the houses on her street, and "
    "her neighbours would kill to keep it quiet.", {}),
   ("Sal de Mar", "romance|drama", "series",
    "A Cartagena fisherwoman and the heir of the resort chain trying to buy her beach fall in love over one "
    "stormy rainy season.", {}),
   ("Cordillera Roja", "crime|thriller", "series",
    "A Chilean mountain-rescue medic is blackmailed into smuggling cash across the Andes for the cartel that "
    "kidnapped her son.", {}),
   ("Hermanas de Humo", "crime|thriller|drama", "series",
    "Two estranged sisters inherit a Medellín cigar factory that fronts for a money-laundering operation, and "
    "only one of them wants out.", {}),
   ("El Pacto de Octubre", "thriller", "limited series",
    "Five Buenos Aires university friends who swore a pact during the 2001 crisis reunite twenty-five years "
    "later when one of them is found dead in the river.", {}),
   ("Lluvia de Agosto", "romance|drama", "series",
    "A Lima wedding planner falls for the groom's brother while organising the wedding that will save her "
    "business.", {}),
   ("Fuego Lento", "crime|thriller", "series",
    "A Monterrey chef who cooks for the city's most dangerous men turns informant after a guest dies at her "
    "table.", {})])

E("Mateo Arguedas", "canela-azul", "Director of Original Film", "LatAm",
  "comedy|romance|action|family", "feature",
  "Mateo Arguedas oversees Canela Azul's original Spanish-language features, balancing broad comedies with "
  "romantic dramas. He produced several box-office comedies in Mexico before joining.",
  "Agented or producer-submitted screenplays via the Canela Azul film portal, with a one-page treatment and a "
  "budget top sheet under US$3M.",
  ["Teo"], "steady",
  [("2026-02-02", "Arguedas is buying Spanish-language romantic comedies and family comedies under US$3M, with a "
                  "road-trip or wedding engine and broad appeal across Mexico, Colombia and Argentina. Light "
                  "action-comedy is welcome. He is not buying horror or dramas about violence.")],
  [("Mi Suegra, la Luchadora", "comedy|family|action", "feature",
    "A nervous groom discovers his future mother-in-law is a retired masked wrestling legend who insists on one "
    "last fight at the wedding.", {}),
   ("Dos Boletos a Cusco", "romance|comedy", "feature",
    "Two jilted strangers who each bought a non-refundable honeymoon to Cusco decide to take the trip together, "
    "as a dare.", {})])

E("Luciana Prado Albuquerque", "canela-azul", "Head of Nonfiction", "LatAm",
  "documentary|true crime", "docuseries|feature",
  "Luciana Prado Albuquerque commissions documentary features and docuseries for Canela Azul across Latin "
  "America. A former investigative reporter from Recife, she has a particular interest in Brazilian and "
  "Andean stories.",
  "Accepts submissions from documentary filmmakers through the company portal: a one-page treatment, a sizzle "
  "of up to five minutes and proof of access. Co-productions with regional public broadcasters are "
  "encouraged.",
  ["Lu Prado"], "steady",
  [("2026-05-05", "Prado Albuquerque is looking for Latin American true crime docuseries of three to five "
                  "episodes and character-driven documentary features, at US$300-800K per hour. She favours "
                  "stories about systemic injustice told from within communities and wants access confirmed at "
                  "pitch stage.")],
  [("O Caso do Farol", "true crime|documentary", "docuseries",
    "A four-part investigation into the 1999 death of a lighthouse keeper on a Brazilian island, ruled a "
    "suicide by police who never set foot there.", {}),
   ("Las Madres del Desierto", "documentary", "feature",
    "A portrait of the Sonoran mothers who spend every weekend searching the desert for their missing "
    "children.", {}),
   ("La Ruta del Oro Verde", "true crime|documentary", "docuseries",
    "How a Peruvian avocado cooperative became the target of an extortion ring, and the farmer who secretly "
    "recorded every threat.", {})])

# ---- Telemarea (LatAm network) ----
E("Ignacio Berrocal", "telemarea", "VP, Telenovelas & Drama", "LatAm",
  "drama|romance|period|family", "series",
  "Ignacio Berrocal oversees Telemarea's primetime telenovelas, which run 80 to 120 episodes. He started as an "
  "actor on the network's afternoon soaps.",
  "Through producers with a previous Telemarea or regional broadcast credit; he asks for an outline of the "
  "first 20 episodes and a full character map. Unsolicited scripts are returned unread.",
  ["Nacho", "Nacho Berrocal"], "steady",
  [("2026-02-24", "Berrocal is looking for primetime telenovelas of 80 to 120 episodes: period romances set in "
                  "the revolutionary era, contemporary family sagas and romantic dramas built around sport or "
                  "music. He wants a clear love triangle and a villain audiences love to hate.")],
  [("Corazón de Hacienda", "romance|period|drama", "series",
    "In 1910 Jalisco, on the eve of revolution, the daughter of a tequila baron falls for the agave worker "
    "leading the strike against her father.", {}),
   ("La Familia Montenegro", "drama|family", "series",
    "When the patriarch of a Guadalajara bakery empire dies, his secret second family arrives at the funeral "
    "carrying a newer will.", {}),
   ("Amor en Tiempo Extra", "romance|drama", "series",
    "A women's football coach in Veracruz and the star striker of the rival men's club fall for each other in "
    "the season that decides which team keeps the stadium.", {})])

E("Renata Villalobos Kuri", "telemarea", "Director of Entertainment", "LatAm",
  "reality|comedy|stand-up", "series|special",
  "Renata Villalobos Kuri programs Telemarea's entertainment slate, from Sunday variety to stand-up specials. "
  "She is a former live-television director.",
  "Pitches from production companies go to the Telemarea entertainment inbox with a tape or a live showcase "
  "invitation; for stand-up she scouts Mexico City and Monterrey comedy clubs herself.",
  ["Rena", "Rena Villalobos"], "recent",
  [("2026-07-22", "Villalobos Kuri wants Sunday-evening entertainment formats with a Mexican identity, "
                  "especially cooking and family competition shows, 10 to 12 episodes. She also buys stand-up "
                  "specials from Mexican comics with a live following in Monterrey, Guadalajara or Mexico City.")],
  [("Abuela Chef", "reality", "series",
    "Grandmothers from all 32 Mexican states cook their signature dish for a panel of professional chefs who "
    "must guess which grandmother made it.", {}),
   ("Chuy Benavides: Ya Merito", "stand-up", "special",
    "A Monterrey comic's first televised hour, about growing up above his family's tyre shop and very nearly "
    "becoming a priest.", {})])

# ---- Monsoon Lane (APAC streamer) ----
E("Hana Morikawa-Stead", "monsoon-lane", "Head of Unscripted, APAC", "APAC",
  "reality|documentary|romance|family", "series|docuseries|special",
  "Hana Morikawa-Stead leads unscripted for Monsoon Lane across Asia-Pacific, commissioning from Tokyo, Seoul, "
  "Mumbai and Sydney. She previously adapted Japanese game-show formats for Australian television.",
  "Through production companies via Monsoon Lane's unscripted pitch portal; a one-page format summary and a "
  "sizzle are required. She holds open pitch days at the major Asian content markets each spring.",
  ["Hana M-S", "Hana Morikawa"], "recent",
  [("2024-08-13", "Morikawa-Stead is seeking Japanese and Korean game-show formats that can be adapted for "
                  "Australian audiences, 10 x 60 minutes."),
   ("2026-07-01", "Hana Morikawa-Stead wants pan-Asian dating and relationship reality, food competitions that "
                  "travel across Southeast Asia and character-led docuseries about disappearing traditions. "
                  "Series of 8 to 10 episodes at US$400-900K per episode. Formats must work in at least three "
                  "APAC territories; no prank shows.")],
  [("Seoul Single House", "reality|romance", "series",
    "Eight singles in their forties share a hanok in Seoul for a month, with their mothers choosing who goes on "
    "each date.", {}),
   ("Night Market Masters", "reality", "series",
    "Street-food vendors from Bangkok, Taipei, Penang and Manila compete over ten nights to win a permanent "
    "stall in Singapore.", {}),
   ("The Last Ama", "documentary", "docuseries",
    "A three-part portrait of the last female free divers on a Japanese island and the granddaughter deciding "
    "whether to carry on the tradition.", {}),
   ("Outback Homestay", "reality|family", "series",
    "City families from Mumbai and Jakarta spend a month working on cattle stations in the Northern Territory "
    "with Australian hosts.", {}),
   ("The Matchmaker of Jaipur", "reality|romance", "docuseries",
    "A follow-doc series on a third-generation Jaipur matchmaker whose clients are increasingly couples who met "
    "on apps and want her blessing anyway.", {})])

E("Arjun Pathiraja", "monsoon-lane", "Director of Original Series", "APAC",
  "drama|thriller|crime|romance", "series|limited series",
  "Arjun Pathiraja commissions scripted originals for Monsoon Lane across India, Southeast Asia and Australia. "
  "He was a showrunner on two Hindi-language crime series before moving to the buyer side.",
  "Via agents or production companies on Monsoon Lane's approved-supplier list; pitches should include a pilot "
  "script in English or with an English translation, a season arc and a three-minute mood reel.",
  ["AP", "Arjun P"], "steady",
  [("2026-01-27", "Pathiraja is commissioning crime thrillers and character dramas from India, Southeast Asia "
                  "and Australia, 8 x 45 minutes at US$1-2.5M per episode. He wants local stories with a "
                  "universal hook and has a particular appetite for institutional corruption seen through an "
                  "ordinary protagonist. Romantic dramas with a social-issue backdrop are also welcome.")],
  [("Chowk", "crime|thriller", "series",
    "A Lucknow traffic constable who sees everything from his intersection box becomes the only witness who can "
    "link a minister's son to a hit-and-run.", {}),
   ("The Tea Auctioneer", "drama|crime", "series",
    "A young auctioneer at Kolkata's century-old tea auction house discovers prices have been rigged for "
    "decades, with her own family firm at the centre of it.", {}),
   ("Coral Line", "thriller", "limited series",
    "A Queensland dive instructor realises the tourist who drowned on her boat was an undercover federal "
    "agent, and she was the last person to see him alive.", {}),
   ("Rain on Kampung Baru", "romance|drama", "series",
    "A Kuala Lumpur property developer falls for the schoolteacher leading the fight to save the neighbourhood "
    "he has been sent to buy.", {})])

E("Seo-rin Baek", "monsoon-lane", "Head of Animation & Fantasy", "APAC",
  "animation|fantasy|sci-fi|action|kids", "series|feature",
  "Seo-rin Baek oversees Monsoon Lane's animated and fantasy originals, including its adult anime slate. She "
  "previously produced animated features in Seoul and Tokyo.",
  "Through animation studios and agents, with a pitch bible, character sheets and a 60-second animatic. "
  "Independent creators can apply to Monsoon Lane's annual Animation Incubator each autumn.",
  ["Serin Baek", "SR Baek"], "steady",
  [("2025-12-15", "Baek is looking for adult anime-influenced action fantasy series, 10 x 24 minutes, and kids' "
                  "sci-fi animation, plus one animated feature a year under US$25M. She welcomes Korean and "
                  "Japanese folklore reimagined for a global audience. No licensed video-game adaptations.")],
  [("Paper Lantern Ronin", "animation|action|fantasy", "series",
    "A masterless samurai made of folded paper must refold himself after every battle, losing a memory each "
    "time.", {}),
   ("Orbit Kitchen", "animation|sci-fi|kids", "series",
    "A crew of kids running a noodle stall on a space station learn to cook for every species that docks.", {}),
   ("Gumiho Summer", "animation|fantasy", "feature",
    "A lonely Busan teenager befriends a nine-tailed fox spirit who has one summer to become human or lose her "
    "last tail.", {})])

E("Lachlan Pemberton-Ng", "monsoon-lane", "Commissioning Editor, Comedy (Australia & NZ)", "APAC",
  "comedy|stand-up", "series|special",
  "Lachlan Pemberton-Ng commissions comedy for Monsoon Lane in Australia and New Zealand. He was head writer "
  "on a Melbourne late-night show before joining.",
  "Through agents, or via the Monsoon Lane Comedy Fast-Track, a producer-partner scheme with two Sydney "
  "production companies that develop short-form pilots with emerging comics.",
  ["Lachie", "Lachie P-N"], "early",
  [("2024-10-22", "Pemberton-Ng is looking for Australian and New Zealand workplace comedies, 6 x 30, and "
                  "stand-up specials from comics with festival track records. Budgets are around A$600K per "
                  "episode.")],
  [("Load Bearing", "comedy", "series",
    "A crew of tradies renovating a Gold Coast mansion for a reality-TV couple race to finish before anyone "
    "notices they have knocked out a load-bearing wall.", {}),
   ("Aroha Tane: Sweet As", "stand-up", "special",
    "An Auckland comic's hour about her eight siblings, her grandmother's funeral playlist and failing her "
    "driving test five times.", {})])

# ---- Jadeport Entertainment (APAC studio) ----
E("Kalinda Rao-Whitford", "jadeport-entertainment", "SVP, Feature Film", "APAC",
  "action|thriller|fantasy|sci-fi|crime", "feature",
  "Kalinda Rao-Whitford runs feature production at Jadeport Entertainment, a Singapore-based studio making "
  "pan-Asian genre films for theatrical and streaming release. She was a line producer on large-scale action "
  "films across Hong Kong and Bangkok.",
  "Through producers or agents; Jadeport takes finished screenplays with a one-page synopsis and prefers "
  "projects with an Asian co-financier attached.",
  ["Kal", "KRW"], "recent",
  [("2026-04-14", "Rao-Whitford wants pan-Asian action thrillers and fantasy-action features at US$15-40M, set "
                  "in contemporary Asian cities and built around a single spectacular set-piece concept. "
                  "Crime-action with a buddy pairing is also of interest. Co-financing from at least one Asian "
                  "partner is required.")],
  [("Typhoon Signal Ten", "action|thriller", "feature",
    "A Hong Kong harbour pilot must guide a hijacked container ship through the eye of a typhoon while the "
    "hijackers hold her crew hostage.", {}),
   ("The Ninth Dragon Gate", "fantasy|action|sci-fi", "feature",
    "A street-racing courier in near-future Jakarta is chosen as the ninth guardian of a gate that keeps the "
    "old gods out of the city.", {}),
   ("Chinatown Blackout", "crime|action", "feature",
    "During a citywide power cut in Singapore, a disgraced detective and a pickpocket have six hours to recover "
    "stolen evidence before the grid comes back.", {})])

E("Bayu Wiranata", "jadeport-entertainment", "Head of Horror & Genre", "APAC",
  "horror|thriller|period", "feature|series",
  "Bayu Wiranata built Jadeport's horror label out of Jakarta, producing folklore horror that has travelled "
  "across Southeast Asia. He started out directing music videos.",
  "Open submissions window in Q1 through Jadeport's portal for Southeast Asian filmmakers: a one-page "
  "treatment, a lookbook and a short proof-of-concept film if available.",
  ["Bayu W"], "recent",
  [("2026-08-03", "Wiranata is seeking Southeast Asian folk horror features under US$3M and horror series of 6 "
                  "to 8 episodes, especially period settings and stories drawn from regional folklore. He takes "
                  "projects through Jadeport's Q1 open window.")],
  [("The Midwife of Kampung Sirih", "horror|period", "feature",
    "In 1930s Java, a village midwife discovers the babies she delivers have been promised to something living "
    "in the sugar mill.", {}),
   ("The Night Ferry to Batam", "horror|thriller", "feature",
    "Passengers on the last ferry out of Singapore realise the crew aboard drowned in a sinking twenty years "
    "earlier.", {}),
   ("Sendang", "horror|thriller", "series",
    "A Yogyakarta boutique hotel built over a sacred spring begins drowning its guests in their rooms, one each "
    "night of its opening week.", {})])

# ---- Kanalwerk (European network) ----
E("Friederike Oldenkamp", "kanalwerk", "Head of Fiction", "Europe",
  "crime|drama|period|thriller", "series|limited series",
  "Friederike Oldenkamp leads fiction at Kanalwerk, the German-language network known for its Thursday crime "
  "slot. She commissions with an eye to European co-production and has backed several period dramas set in "
  "divided Berlin.",
  "Through producers in the German-speaking market or European co-production partners; she wants a treatment "
  "of no more than ten pages and a financing plan, and takes no direct submissions from writers.",
  ["Fritzi", "Fritzi Oldenkamp", "F. Oldenkamp"], "steady",
  [("2026-02-16", "Oldenkamp is looking for German-language crime series, 6 x 90 minutes or 8 x 45 minutes, "
                  "plus period thrillers set in Cold War Berlin, at €1.5-2.5M per hour. Cross-border European "
                  "settings are a bonus. She is not looking for comedy-crime hybrids.")],
  [("Spreeufer", "crime|thriller", "series",
    "A Berlin river-police diver keeps finding bodies weighted down with the same model of East German "
    "typewriter.", {}),
   ("Checkpoint Lullaby", "period|thriller", "limited series",
    "In 1963 Berlin, the nanny to an American diplomat's family is recruited by the Stasi to report on the "
    "children's bedtime conversations.", {}),
   ("Die Akte Hollmann", "crime|drama", "series",
    "A Hamburg cold-case unit reopens the 1994 killing of a shipping heiress after her son confesses on his "
    "deathbed to a crime he could not have committed.", {}),
   ("Bodensee", "crime", "series",
    "Police from Germany, Austria and Switzerland share a single patrol boat on Lake Constance, until a body "
    "turns up floating exactly on the unmarked border.", {})])

E("Luc Vermeersch", "kanalwerk", "Head of Documentaries", "Europe",
  "documentary|true crime|period", "docuseries|feature",
  "Luc Vermeersch commissions documentaries for Kanalwerk and its pan-European co-production partners. He is a "
  "former history-documentary director from Ghent.",
  "Via European production companies, ideally with a public-broadcaster co-producer attached; submissions go "
  "through the Kanalwerk co-production desk with a treatment and an archive plan.",
  ["Luc V"], "early",
  [("2024-12-04", "Vermeersch wants European history documentaries and true crime features with exclusive "
                  "archive access, as three-part docuseries or 90-minute features. Co-production with at least "
                  "one other European public broadcaster is expected.")],
  [("The Bunker Families", "documentary|period", "docuseries",
    "A three-part history of the Dutch and Belgian families who have lived for generations in converted "
    "wartime coastal bunkers.", {}),
   ("The Rhine Poisoner", "true crime|documentary", "feature",
    "How a small-town pharmacist in 1970s Rhineland poisoned four business rivals and nearly escaped "
    "detection because of a misfiled lab report.", {})])

# ---- Lumencourt (European distributor) ----
E("Céline Arbogast", "lumencourt", "Head of Acquisitions", "Europe",
  "drama|romance|comedy|period", "feature",
  "Céline Arbogast acquires European arthouse and crossover features for Lumencourt's theatrical distribution "
  "in France, Benelux and Germany. She previously ran programming for a cinema chain.",
  "Through international sales agents at or after script stage; she attends the major European festivals and "
  "markets and rarely responds to cold submissions.",
  ["CA", "Celine A"], "steady",
  [("2026-03-23", "Arbogast is acquiring European arthouse and crossover features: romantic comedies, period "
                  "dramas and family dramas with strong festival potential, in French, German or Dutch. Minimum "
                  "guarantees range from €100K to €600K. Genre films are not a fit.")],
  [("La Dernière Vendange", "drama|period", "feature",
    "In 1944 Burgundy, a widow and the prisoner of war assigned to her vineyard bring in the final harvest "
    "before the liberation forces arrive.", {}),
   ("Le Bal des Voisins", "comedy|romance", "feature",
    "A Lyon apartment block's annual courtyard dance becomes a battlefield when the divorced couple on the "
    "third floor both bring new partners.", {})])

E("Piotr Zawadzki-Lind", "lumencourt", "VP, International Co-Productions", "Europe",
  "crime|thriller|sci-fi|drama", "series|limited series|feature",
  "Piotr Zawadzki-Lind assembles Lumencourt's pan-European co-productions, pre-buying series and films for "
  "multiple territories. He is based between Warsaw and Copenhagen.",
  "Accepts co-production proposals through Lumencourt's co-pro desk from producers with at least 40% of the "
  "financing in place; a pitch deck, budget and recoupment plan are required.",
  ["Piotr Z-L", "PZL"], "recent",
  [("2026-06-23", "Zawadzki-Lind is pre-buying pan-European crime thrillers and near-future sci-fi, as series or "
                  "features, with at least three co-producing territories. He wants stories that literally "
                  "cross borders. Projects need 40% of their financing in place.")],
  [("Gdańsk Nocturne", "crime|thriller", "series",
    "A Polish shipyard security guard and a Danish insurance investigator chase a stolen cargo of Baltic amber "
    "that keeps changing hands between rival crews.", {}),
   ("Schengen", "sci-fi|thriller", "limited series",
    "In a near future where Europe's borders close overnight for 72 hours, a busload of strangers stranded "
    "between Poland and Germany realise one of them caused it.", {})])

# ---- Boreal Crossing (Canadian network) ----
E("Geneviève Tremblay-Okoro", "boreal-crossing", "Head of Original Programming", "Canada",
  "drama|comedy|family|period", "series",
  "Geneviève Tremblay-Okoro oversees original scripted programming at Boreal Crossing in English and French. "
  "She produced Québécois dramas for a decade before moving into commissioning.",
  "Through Canadian producers eligible for national content funding; applications go through Boreal's "
  "development portal with a one-page treatment and confirmation of Canadian content points.",
  ["Gen", "Gen T-O"], "steady",
  [("2026-04-08", "Tremblay-Okoro wants Canadian family comedies and period dramas for Boreal Crossing, 8 to 10 x "
                  "30 or 60 minutes, in English or French. Stories about newcomers to small-town Canada and "
                  "under-told chapters of Québec history are a priority.")],
  [("Snowbelt", "comedy|family", "series",
    "A family of Nigerian-Canadian doctors moves to a small town in northern Ontario to run its only clinic and "
    "discovers winter is the least of their problems.", {}),
   ("The Lavigne Sisters", "drama|period", "series",
    "In 1960s Montreal, three sisters run a hair salon that doubles as a meeting place for the women organising "
    "behind the scenes of a changing Québec.", {})])

E("Malcolm Ashgrove", "boreal-crossing", "Director of Unscripted & Docs", "Canada",
  "reality|documentary|true crime", "docuseries|series|special",
  "Malcolm Ashgrove commissions unscripted and documentary content for Boreal Crossing, with a focus on rural "
  "and northern Canadian stories. He is a former wildlife cameraman.",
  "Open submissions window in Q1 for Canadian independent producers through Boreal's portal: a two-page "
  "treatment and a sizzle of up to four minutes. Outside the window, producer submissions only.",
  ["Mal", "Mal Ashgrove"], "early",
  [("2025-03-11", "Ashgrove is seeking Canadian true crime docuseries and observational reality about northern "
                  "and rural life, 6 to 8 episodes. Budgets are around C$250K per episode and projects must "
                  "qualify as Canadian content.")],
  [("Winter Road Garage", "reality|documentary", "series",
    "A family-owned garage in northern Manitoba keeps the trucks running on the seasonal ice roads that supply "
    "remote communities.", {}),
   ("The Hollowell Disappearances", "true crime|documentary", "docuseries",
    "A four-part investigation into three hitchhikers who vanished along the same stretch of Nova Scotia "
    "highway in 1979, 1984 and 1991.", {})])

# ---- Orrery (Global streamer) ----
E("Delphine Kaur-Abernathy", "orrery", "Head of Global Scripted", "Global",
  "sci-fi|fantasy|thriller|action|drama|crime", "series|limited series",
  "Delphine Kaur-Abernathy commissions Orrery's global scripted tentpoles, big-budget genre series designed "
  "to launch in every market on the same day. She came to Orrery from a studio's international television "
  "division.",
  "Through top-tier agencies or Orrery's overall-deal producers only; she reviews packages with a showrunner "
  "attached and expects a series bible and a two-season arc.",
  ["DKA", "Del Abernathy"], "recent",
  [("2024-07-08", "Kaur-Abernathy wants global action-thriller series with an espionage angle, 8 x 60 at up to "
                  "$15M per episode."),
   ("2026-09-15", "Delphine Kaur-Abernathy is looking for global sci-fi and fantasy tentpoles, 8 to 10 episodes "
                  "at $12-20M per episode, with grounded emotional stakes and a world that can run for several "
                  "seasons. Non-English-language crime thrillers from Europe and Asia with a high-concept hook "
                  "are also a priority. She is not looking for superhero or video-game adaptations.")],
  [("The Halcyon Array", "sci-fi|thriller", "series",
    "When an orbital solar array begins beaming power to only one country, the engineer who designed it has to "
    "board the station and decide who to switch off.", {}),
   ("The Drowned Crown", "fantasy|action", "series",
    "In a kingdom where the sea rises every generation, the heir to a flooded throne leads a fleet of refugees "
    "to the last dry land, which belongs to her family's oldest enemy.", {}),
   ("Parallax Station", "sci-fi|drama", "limited series",
    "A grieving astrophysicist at a lunar observatory receives video messages from her daughter, who died two "
    "years ago, sent from a version of Earth where she did not.", {}),
   ("Lisbon Cipher", "thriller|crime", "series",
    "A Portuguese locksmith who opens safes for international police finds one that contains her own baby "
    "photographs.", {"region": "Europe"}),
   ("The Midnight Request Line", "thriller|crime", "series",
    "A Seoul late-night radio host realises an anonymous caller is describing murders an hour before they are "
    "reported.", {"region": "APAC"})])

E("Thaddeus Rourke-Adeyemi", "orrery", "Head of Global Documentary & True Crime", "Global",
  "true crime|documentary", "docuseries|limited series|feature",
  "Thaddeus Rourke-Adeyemi leads Orrery's documentary and true crime commissioning worldwide. He produced "
  "investigative podcasts before building Orrery's documentary slate.",
  "Through established documentary production companies via Orrery's producer portal, with a treatment, "
  "access letters and a legal overview. He also takes pitches through Orrery's podcast-to-screen partnership.",
  ["Thad", "Thad R-A"], "recent",
  [("2026-05-26", "Rourke-Adeyemi is commissioning global true crime docuseries of three to six episodes and "
                  "premium documentary features, especially fraud, forgery and disappearance stories from "
                  "outside the US. He welcomes scripted-documentary hybrids and adaptations of podcasts with "
                  "existing audiences.")],
  [("Engines Running", "true crime|documentary", "docuseries",
    "A four-part investigation into a regional airline pilot who vanished mid-shift in 2009, leaving his plane "
    "on the tarmac with the engines running.", {"region": "Global"}),
   ("The Forty Wills", "true crime", "limited series",
    "A scripted-documentary hybrid reconstructing how a Melbourne suburb's beloved family doctor was unmasked "
    "as the forger of forty wills.", {"region": "APAC"}),
   ("The Quiet Hours", "documentary|true crime", "docuseries",
    "Former members of a California silent-meditation retreat describe how a vow of silence became a way to "
    "hide financial abuse.", {"region": "US"}),
   ("Counterfeit Cellar", "documentary", "feature",
    "How a Bordeaux collector's fake vintages fooled auction houses on three continents, told by the sommelier "
    "who caught him.", {"region": "Europe"})])

E("Yasmin Haddadin-Frost", "orrery", "Director, Global Comedy & Stand-Up", "Global",
  "stand-up|comedy|animation", "special|series",
  "Yasmin Haddadin-Frost programs Orrery's stand-up specials and adult animated comedy worldwide, with a focus "
  "on comics working in languages other than English. She co-founded a touring comedy festival in Amman and "
  "London.",
  "Through comedy managers with a full recent set; she also commissions from Orrery's international Comedy "
  "Showcase tapings, where local producers nominate comics each spring.",
  ["Yaz", "Yaz Frost"], "recent",
  [("2026-10-12", "Haddadin-Frost is buying stand-up specials from comics working in any language, preferably a "
                  "first hour, plus adult animated comedy series of 8 x 22 minutes. She wants voices that "
                  "travel and is open to multi-city showcase series. No roast formats.")],
  [("Nour Khalil-Bassett: Carry-On Only", "stand-up", "special",
    "A Jordanian-British comic's hour about flying home with her entire extended family's shopping list packed "
    "into a single carry-on.", {"region": "UK"}),
   ("Office Goblins", "animation|comedy", "series",
    "An adult animated workplace comedy about the underpaid goblins who keep a fairy-tale kingdom's bureaucracy "
    "running.", {"region": "Global"}),
   ("Six Cities, One Mic", "stand-up|comedy", "series",
    "A six-part showcase taped in Mexico City, Lagos, Mumbai, Berlin, Seoul and São Paulo, each episode hosted "
    "by a local headliner.", {"region": "Global"})])

E("Soren Blackwood-Ito", "orrery", "VP, Original Film", "Global",
  "thriller|horror|sci-fi|action|crime", "feature",
  "Soren Blackwood-Ito runs Orrery's original feature slate, focused on propulsive mid-budget genre films for "
  "a global audience. He was previously head of development at an independent action label.",
  "Through agents with a director attached; submissions via Orrery's film portal must include a one-page "
  "treatment, a lookbook and an estimated budget band.",
  ["Soren B-I", "SBI"], "steady",
  [("2025-12-03", "Blackwood-Ito wants mid-budget genre features at $25-60M: action thrillers, contained sci-fi "
                  "and horror with an international setting. He favours single-location, high-concept premises "
                  "and needs a director attached. No sequels or remakes.")],
  [("Last Exit Before Arrival", "sci-fi|thriller", "feature",
    "A commuter on a driverless high-speed train realises the route has been rewritten to deliver every "
    "passenger to the same person.", {"region": "Global"}),
   ("The Plough Drivers", "horror|thriller", "feature",
    "The night-shift crew at a Japanese mountain ski resort discover something is taking the snowplough "
    "drivers one by one.", {"region": "APAC"}),
   ("Counterweight", "action|crime", "feature",
    "A retired lift engineer is dragged into a heist when the crew robbing a Gulf skyscraper needs the one "
    "person who knows how its elevators really work.", {"region": "Global"}),
   ("Reconstruction", "action|thriller", "feature",
    "An actress hired to play a murdered diplomat in a police reconstruction becomes the killer's next "
    "target.", {"region": "Europe"})])

# --------------------------------------------------------------------------------------------
# Invented production companies, by region of the greenlight.
# --------------------------------------------------------------------------------------------
PRODUCERS = {
    "US": ["Dust Devil Pictures", "Gravel & Gold Entertainment", "Pinebarren Studios", "Halfmoon Ferry Productions",
           "Slow Loris Pictures", "Cobalt Heron Media", "Tin Canary Films", "Ninth Lamp Productions",
           "Marble Sandwich Animation", "Puddlejump Kids", "Low Orbit Comedy"],
    "UK": ["Lanterndown Productions", "Bramblegate TV", "Saltmarsh Nine", "Redcap Yard", "Goldfinch & Rye",
           "Quarry Light Films", "Pebbledash Pictures"],
    "Nordics": ["Isfjord Film", "Hvit Ulv Produktion", "Stormvind Film", "Kobberdal Media", "Tidevand Nord"],
    "LatAm": ["Colibrí Negro Films", "Casa Ventisca", "Polvo de Luna Producciones", "Alto Pampa Films",
              "Mezcal Norte Studios"],
    "APAC": ["Bamboo Static", "Seventh Tide Pictures", "Kaiju Kettle Studio", "Red Lotus Lantern",
             "Southern Cross Carpentry Films", "Paper Kite Media"],
    "Europe": ["Atelier Méridienne", "Nebelwald Film", "Zilverzee Producties", "Vistula Frame", "Ligne Claire Prod"],
    "Canada": ["Cold Portage Films", "Snowshoe Hare Media", "Rivière Basse Productions"],
    "Global": ["Orbital Fig Productions", "Wide Margin Media", "Meridian Thread Studios"],
}

PROFILE_WINDOWS = {"recent": (0.42, 1.0), "early": (0.0, 0.55), "steady": (0.0, 1.0)}


def mandate_id(exec_id: str, date: str, text: str) -> str:
    return f"{exec_id}-{date}-{hashlib.sha1(text.encode()).hexdigest()[:8]}"


def build() -> list[dict]:
    rng = random.Random(SEED)
    span = (GL_END - GL_START).days
    companies, execs, mandates, greenlights = [], [], [], []
    for name, kind, region, aliases, date in COMPANIES:
        cid = slug(name)
        companies.append({"type": "company", "id": cid, "name": name, "kind": kind, "region": region,
                          "aliases": aliases, "date": date, "sample": True, "source": src("company", cid)})
    last_date: dict[str, dt.date] = {}
    for e in EXECUTIVES:
        eid = slug(e["name"])
        for date, text in e["mandates"]:
            mid = mandate_id(eid, date, text)
            mandates.append({"type": "mandate", "id": mid, "executive": eid, "text": text, "date": date,
                             "sample": True, "source": src("mandate", mid)})
            last_date[eid] = max(last_date.get(eid, dt.date.min), dt.date.fromisoformat(date))
        lo, hi = PROFILE_WINDOWS[e["profile"]]
        n = len(e["greenlights"])
        slots = list(range(n))
        rng.shuffle(slots)  # which project lands in which time slot
        for (title, genres, fmt, logline, opts), slot in zip(e["greenlights"], slots):
            x = lo + (hi - lo) * (slot + rng.random()) / n  # stratified within the profile's window
            date = GL_START + dt.timedelta(days=min(span, int(x * span)))
            region = opts.get("region", e["region"])
            pool = PRODUCERS[region]
            producers = rng.sample(pool, 2 if rng.random() < 0.3 else 1)
            if e["company"] == "copperbeech-studios":
                producers = ["Copperbeech Studios"] + producers[:1]
            gid = f"{e['company']}--{slug(title)}"
            greenlights.append({"type": "greenlight", "id": gid, "title": title, "buyer": e["company"],
                                "date": date.isoformat(), "genres": genres.split("|"), "format": fmt,
                                "region": region, "executives": [eid] + opts.get("co", []),
                                "producers": producers, "logline": logline, "sample": True,
                                "source": src("greenlight", gid)})
            for other in [eid] + opts.get("co", []):
                last_date[other] = max(last_date.get(other, dt.date.min), date)
    for e in EXECUTIVES:
        eid = slug(e["name"])
        updated = min(last_date[eid] + dt.timedelta(days=rng.randint(3, 20)), AS_OF - dt.timedelta(days=2))
        rec = {"type": "executive", "id": eid, "name": e["name"], "company": e["company"], "title": e["title"],
               "region": e["region"], "genres": e["genres"], "formats": e["formats"], "bio": e["bio"],
               "pitch_process": e["pitch_process"], "aliases": e["aliases"], "updated_at": updated.isoformat(),
               "sample": True, "source": src("executive", eid)}
        execs.append(rec)
    mandates.sort(key=lambda r: (r["date"], r["id"]))
    greenlights.sort(key=lambda r: (r["date"], r["id"]))
    meta = {"type": "meta", "sample": True, "note": META_NOTE, "generator": "scripts/make_sample.py",
            "seed": SEED, "as_of": AS_OF.isoformat()}
    return [meta] + companies + execs + mandates + greenlights


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------
def _iso(value, lo: dt.date, hi: dt.date, where: str, errors: list[str]) -> None:
    try:
        d = dt.date.fromisoformat(value)
        if len(value) != 10:
            raise ValueError
    except (TypeError, ValueError):
        errors.append(f"{where}: bad ISO date {value!r}")
        return
    if not lo <= d <= hi:
        errors.append(f"{where}: date {value} outside {lo}..{hi}")


def validate(records: list[dict]) -> list[str]:
    errors: list[str] = []
    if records[0].get("type") != "meta":
        errors.append("first record must be the meta record")
    by_type: dict[str, dict[str, dict]] = collections.defaultdict(dict)
    for r in records:
        t, rid = r.get("type"), r.get("id")
        if r.get("sample") is not True:
            errors.append(f"{t}/{rid}: missing sample: true")
        if t == "meta":
            continue
        if rid in by_type[t]:
            errors.append(f"duplicate {t} id {rid}")
        by_type[t][rid] = r
        if r.get("source") != src(t, rid):
            errors.append(f"{t}/{rid}: source should be {src(t, rid)}")
    companies, execs = by_type["company"], by_type["executive"]
    mandates, gls = by_type["mandate"], by_type["greenlight"]

    def vocab(values, allowed, where):
        for v in values:
            if v not in allowed:
                errors.append(f"{where}: {v!r} not in controlled vocabulary")

    for cid, c in companies.items():
        if c["kind"] not in KINDS:
            errors.append(f"company/{cid}: bad kind {c['kind']!r}")
        vocab([c["region"]], REGIONS, f"company/{cid}")
        _iso(c["date"], GL_START, AS_OF, f"company/{cid}", errors)
        if cid != slug(c["name"]):
            errors.append(f"company/{cid}: id is not the slug of its name")
    alias_owner: dict[str, str] = {}
    for eid, e in execs.items():
        where = f"executive/{eid}"
        if eid != slug(e["name"]):
            errors.append(f"{where}: id is not the slug of its name")
        if e["company"] not in companies:
            errors.append(f"{where}: unknown company {e['company']!r}")
        vocab([e["region"]], REGIONS, where)
        vocab(e["genres"], GENRES, where)
        vocab(e["formats"], FORMATS, where)
        if not e["genres"] or not e["formats"]:
            errors.append(f"{where}: needs genres and formats")
        _iso(e["updated_at"], MANDATE_START, AS_OF, where, errors)
        for a in e["aliases"]:
            key = fold(a)
            if key in alias_owner and alias_owner[key] != eid:
                errors.append(f"{where}: alias {a!r} also used by {alias_owner[key]}")
            if slug(a) in execs and slug(a) != eid:
                errors.append(f"{where}: alias {a!r} collides with executive id {slug(a)}")
            alias_owner[key] = eid
    for mid, m in mandates.items():
        where = f"mandate/{mid}"
        if m["executive"] not in execs:
            errors.append(f"{where}: unknown executive {m['executive']!r}")
        _iso(m["date"], MANDATE_START, AS_OF, where, errors)
        sentences = len(re.findall(r"[.!?](?:\s|$)", m["text"]))
        if not 1 <= sentences <= 4:
            errors.append(f"{where}: {sentences} sentences (want 1-4)")
    titles = collections.Counter(g["title"].lower() for g in gls.values())
    for gid, g in gls.items():
        where = f"greenlight/{gid}"
        if titles[g["title"].lower()] > 1:
            errors.append(f"{where}: title used twice")
        if g["buyer"] not in companies:
            errors.append(f"{where}: unknown buyer {g['buyer']!r}")
        _iso(g["date"], GL_START, GL_END, where, errors)
        vocab(g["genres"], GENRES, where)
        vocab([g["format"]], FORMATS, where)
        vocab([g["region"]], REGIONS, where)
        if not g["executives"]:
            errors.append(f"{where}: no executives")
        for eid in g["executives"]:
            e = execs.get(eid)
            if e is None:
                errors.append(f"{where}: unknown executive {eid!r}")
                continue
            if e["company"] != g["buyer"]:
                errors.append(f"{where}: {eid} works at {e['company']}, not the buyer {g['buyer']}")
            if g["format"] not in e["formats"]:
                errors.append(f"{where}: format {g['format']!r} not in {eid}'s formats {e['formats']}")
            missing = [x for x in g["genres"] if x not in e["genres"]]
            if missing:
                errors.append(f"{where}: genres {missing} not in {eid}'s genres {e['genres']}")
    for eid in execs:
        if not any(m["executive"] == eid for m in mandates.values()):
            errors.append(f"executive/{eid}: has no mandate")
    # coverage
    gl_genres = {x for g in gls.values() for x in g["genres"]}
    gl_formats = {g["format"] for g in gls.values()}
    for v in GENRES:
        if v not in gl_genres:
            errors.append(f"coverage: no greenlight with genre {v!r}")
    for v in FORMATS:
        if v not in gl_formats:
            errors.append(f"coverage: no greenlight with format {v!r}")
    for v in ("US", "UK", "Nordics", "LatAm", "APAC"):
        if sum(c["region"] == v for c in companies.values()) < 2:
            errors.append(f"coverage: fewer than 2 buyers in {v}")
    for k in KINDS:
        if not any(c["kind"] == k for c in companies.values()):
            errors.append(f"coverage: no company of kind {k!r}")
    per_company = collections.Counter(e["company"] for e in execs.values())
    for cid in companies:
        if not 2 <= per_company[cid] <= 5:
            errors.append(f"company/{cid}: {per_company[cid]} executives (want 2-5)")
    minimums = {"company": 12, "executive": 45, "mandate": 45, "greenlight": 130}
    for t, n in minimums.items():
        if len(by_type[t]) < n:
            errors.append(f"only {len(by_type[t])} {t} records (want >= {n})")
    stale = [m for m in mandates.values() if (AS_OF - dt.date.fromisoformat(m["date"])).days > STALE_DAYS]
    if len(stale) < 5:
        errors.append(f"only {len(stale)} mandates older than 15 months (want several)")
    return errors


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------
def _table(title: str, counter: collections.Counter, order=None) -> None:
    print(f"\n{title}")
    keys = list(order) if order else sorted(counter, key=lambda k: (-counter[k], k))
    width = max(len(str(k)) for k in keys)
    for k in keys:
        print(f"  {str(k):<{width}}  {counter.get(k, 0):>4}")


def report(records: list[dict]) -> None:
    by = collections.defaultdict(list)
    for r in records:
        by[r["type"]].append(r)
    print("records per type: " + ", ".join(f"{t}={len(by[t])}" for t in
                                              ("meta", "company", "executive", "mandate", "greenlight")))
    comps, execs, mands, gls = by["company"], by["executive"], by["mandate"], by["greenlight"]
    _table("companies per region", collections.Counter(c["region"] for c in comps), REGIONS)
    _table("companies per kind", collections.Counter(c["kind"] for c in comps), KINDS)
    _table("executives per region", collections.Counter(e["region"] for e in execs), REGIONS)
    _table("greenlights per genre", collections.Counter(x for g in gls for x in g["genres"]), GENRES)
    _table("greenlights per format", collections.Counter(g["format"] for g in gls), FORMATS)
    _table("greenlights per region", collections.Counter(g["region"] for g in gls), REGIONS)
    _table("greenlights per half-year",
           collections.Counter(f"{g['date'][:4]}-H{1 if int(g['date'][5:7]) <= 6 else 2}" for g in gls),
           ["2024-H2", "2025-H1", "2025-H2", "2026-H1", "2026-H2"])
    _table("executives per genre", collections.Counter(x for e in execs for x in e["genres"]), GENRES)
    _table("executives per format", collections.Counter(x for e in execs for x in e["formats"]), FORMATS)
    stale = sorted((m for m in mands if (AS_OF - dt.date.fromisoformat(m["date"])).days > STALE_DAYS),
                   key=lambda m: m["date"])
    latest = {}
    for m in mands:
        if m["executive"] not in latest or m["date"] > latest[m["executive"]]:
            latest[m["executive"]] = m["date"]
    only_stale = sorted(e for e, d in latest.items() if (AS_OF - dt.date.fromisoformat(d)).days > STALE_DAYS)
    print(f"\nmandates older than 15 months (as of {AS_OF}): {len(stale)}; executives whose newest mandate is "
          f"stale: {len(only_stale)} ({', '.join(only_stale)})")
    per_exec = collections.Counter(x for g in gls for x in g["executives"])
    print("\ngreenlights per executive: " + ", ".join(f"{e}={n}" for e, n in per_exec.most_common()))
    quiet = [e["id"] for e in execs if per_exec[e["id"]] == 0]
    print(f"executives with no greenlights: {', '.join(quiet) or '-'}")
    cutoff = (AS_OF - dt.timedelta(days=365)).isoformat()
    ct = collections.Counter(x for g in gls if {"crime", "thriller"} <= set(g["genres"]) and g["date"] >= cutoff
                             for x in g["executives"])
    ct_all = collections.Counter(x for g in gls if {"crime", "thriller"} <= set(g["genres"]) for x in g["executives"])
    print(f"crime+thriller greenlights since {cutoff} (all time): " +
          ", ".join(f"{e}={ct[e]} ({ct_all[e]})" for e, _ in ct_all.most_common()))
    # titles that contain a genre/format/region word (kept rare on purpose)
    vocab_words = set(GENRES) | set(FORMATS) | {r.lower() for r in REGIONS} | {
        "noir", "heist", "cop", "spy", "soap", "magic", "doc", "docs", "ya", "kid", "romantic", "historical",
        "adventure", "film", "movie", "sitcom", "scary", "satire", "cartoon", "anime", "competition"}
    hits = [g["title"] for g in gls if set(re.findall(r"[a-z][a-z\-]*", g["title"].lower())) & vocab_words]
    print(f"titles sharing a word with the vocabulary ({len(hits)}): {'; '.join(hits)}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="validate and report; write nothing")
    args = ap.parse_args(argv)
    records = build()
    errors = validate(records)
    if errors:
        for e in errors:
            print(f"error: {e}", file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    if not args.check:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        args.output.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {len(records)} records to {args.output}")
    report(records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
