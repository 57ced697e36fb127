#!/usr/bin/env python3
"""Generate the held-out "world" knowledge base: FICTIONAL buyers, executives, mandates and greenlights.

    python tests/eval/heldout/gen_world.py > tests/eval/heldout/world.jsonl

Everything in this file is invented. No company, person or title is real; any resemblance is chance.
Every record carries a `source` of the form fictional://heldout-world/<type>/<id> so that the data is
labelled fictional without putting a marker into names.

The world is international: buyers in Korea, Japan, Mexico, Brazil, France, Germany, Spain, India,
Nigeria, the UK, the Nordics and Australia, plus two global platforms. Exactly ONE executive in the
whole knowledge base has each single-country remit (region = that country); every other executive is
regional (APAC, LatAm, EMEA, Europe) or global. A fixed set of hand-written "anchor" executives carries
the uncommon genres and formats (telenovela, anime, natural history, dating show, stand-up, festival
acquisitions); generated "filler" executives only cover common genres and never a single country, so
the questions in world_questions.jsonl have unambiguous answers (checked by check_questions.py).

Deterministic: the same seed gives byte-identical output. Dates run 2023-01 to 2026-11-20; the
questions are asked at --now 2026-11-24.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import unicodedata

SEED = 4417
TODAY = dt.date(2026, 11, 20)
START = dt.date(2023, 1, 9)

FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d",
                      "Đ": "D", "ı": "i", "İ": "I", "œ": "oe"})


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(FOLD)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def src(kind: str, rid: str) -> str:
    return f"fictional://heldout-world/{kind}/{rid}"


# ---------------------------------------------------------------------------------------------------------
# Buyers. (name, kind, region, aliases, country word for titles)
COMPANIES = [
    ("Polaris Vista", "streamer", "Global", ["PV+", "Polaris"], "global"),
    ("Meridiana Globe Studios", "studio", "Global", ["Meridiana", "MGS"], "global"),
    ("Kumoyama Broadcasting", "network", "Japan", ["Kumoyama", "KMB"], "jp"),
    ("Canal Ocelote", "network", "Mexico", ["Ocelote"], "es"),
    ("Plataforma Nopal", "streamer", "LatAm", ["Nopal"], "es"),
    ("Rede Araucária", "network", "Brazil", ["Araucária", "Rede Araucaria"], "pt"),
    ("Télé Mistral", "network", "France", ["Mistral", "Tele Mistral"], "fr"),
    ("Ciné Garonne", "distributor", "France", ["Garonne", "Cine Garonne"], "fr"),
    ("Elbufer Fernsehen", "network", "Germany", ["Elbufer", "EFS"], "de"),
    ("Kranich Filmverleih", "distributor", "Germany", ["Kranich"], "de"),
    ("Faro del Sur", "network", "Spain", ["Faro"], "es"),
    ("Kesari Stream", "streamer", "India", ["Kesari"], "in"),
    ("Eko Lagoon Studios", "studio", "Nigeria", ["Eko Lagoon", "ELS"], "ng"),
    ("Larkspur Four", "network", "UK", ["Larkspur", "L4"], "en"),
    ("Skjærgård Media", "streamer", "Nordics", ["Skjaergard", "Skjærgård"], "nordic"),
    ("Bilby Broadcasting", "network", "Australia", ["Bilby", "BBX"], "en"),
    ("Ondas Atlántico", "production company", "Spain", ["Ondas"], "es"),
    ("Sunbird Pictures Lagos", "production company", "Nigeria", ["Sunbird"], "ng"),
]
CO_ID = {c[0]: slug(c[0]) for c in COMPANIES}
CO_LANG = {slug(c[0]): c[4] for c in COMPANIES}

# ---------------------------------------------------------------------------------------------------------
# Anchor executives: (name, company, title, region, genres, formats, bio, pitch_process, aliases, mandates)
# mandates: list of (date, text)
ANCHORS = [
    ("Yoon Seo-ah", "Polaris Vista", "Director, Korean Content", "Korea",
     ["drama", "romance", "thriller"], ["series", "limited series"],
     "Yoon Seo-ah runs Polaris Vista's Korean originals out of Seoul after a decade as a drama producer at a "
     "Korean cable channel. She oversees every K-drama the platform commissions.",
     "Korean production companies pitch her Seoul team directly with a synopsis, episode outline and the first "
     "two scripts in Korean; international co-producers must bring a Korean partner attached.",
     ["Seo-ah Yoon"],
     [("2026-09-02", "Yoon wants K-drama romance with a genre twist, 12 episodes of 60 minutes, led by writers "
       "who have already had a hit on Korean terrestrial TV."),
      ("2026-03-18", "For 2027 Yoon is prioritising Korean revenge thrillers and workplace melodramas that can "
       "travel globally, 8 to 10 episodes."),
      ("2025-07-11", "Yoon's Korean slate is full on historical fantasy; she is now after contemporary K-drama "
       "set outside Seoul.")]),
    ("Marguerite Tan", "Polaris Vista", "VP, Content APAC", "APAC",
     ["drama", "thriller", "crime", "reality", "romance"], ["series", "limited series"],
     "Marguerite Tan oversees Polaris Vista's Asia-Pacific originals from Singapore, across scripted and "
     "unscripted, and signs off on the regional co-production budget.",
     "Through agents or established regional producers; one-page pitch by email to her Singapore office, "
     "followed by a deck if her team is interested.",
     ["Maggie Tan"],
     [("2026-06-20", "Tan is looking for pan-Asian crime thrillers with multi-country casts, 6 to 8 episodes, "
       "that can premiere across the region at once."),
      ("2025-10-04", "Tan wants premium Asian reality formats with aspirational locations.")]),
    ("Haruka Onodera", "Kumoyama Broadcasting", "Head of Anime", "Japan",
     ["anime", "animation", "fantasy", "sci-fi"], ["series", "feature"],
     "Haruka Onodera commissions late-night and prime-time anime at Kumoyama Broadcasting in Tokyo and sits on "
     "the production committees of its anime features.",
     "Pitches come via production committees or anime studios; Kumoyama reads original concepts with character "
     "designs and a 13-episode outline, and considers manga adaptations with rights already cleared.",
     [],
     [("2026-08-14", "Onodera wants original anime series for the late-night slot, 12 or 13 episodes, "
       "sci-fi or fantasy, that are not adaptations of an existing manga."),
      ("2026-01-22", "Onodera is looking for anime features for a summer cinema release with a family audience."),
      ("2025-05-30", "Kumoyama's anime slate needs a sports anime; Onodera has enough isekai.")]),
    ("Ximena Barragán Ortiz", "Canal Ocelote", "Head of Telenovelas", "Mexico",
     ["telenovela", "romance", "drama", "melodrama"], ["series"],
     "Ximena Barragán Ortiz has produced and commissioned telenovelas in Mexico City for twenty years and runs "
     "Canal Ocelote's nightly telenovela strip.",
     "Send a sinopsis and the first five episode scripts through a Mexican producer; she takes meetings in "
     "Mexico City on Thursdays and reads everything in Spanish.",
     ["Ximena Barragán", "Ximena Barragan"],
     [("2026-10-08", "Barragán Ortiz wants a new prime-time telenovela of 80 to 100 episodes: a family saga "
       "set in the Bajío with a strong female lead."),
      ("2026-07-15", "She is after shorter telenovelas for streaming, 40 to 50 episodes, with a thriller "
       "hook in the first week."),
      ("2026-03-02", "Canal Ocelote needs a comedic telenovela for the 7pm slot; Barragán Ortiz wants "
       "romantic comedy rather than melodrama there."),
      ("2025-11-19", "Barragán Ortiz is looking for remakes of classic Mexican telenovelas updated for a "
       "young audience."),
      ("2025-06-24", "She wants telenovelas set in the border states, shot on location in Sonora or "
       "Chihuahua."),
      ("2025-01-13", "Barragán Ortiz is not looking for period telenovelas this year; contemporary stories "
       "only."),
      ("2024-08-05", "She is buying telenovela formats from outside Mexico for local adaptation."),
      ("2024-02-27", "Barragán Ortiz wants a bilingual telenovela that follows a family between Guadalajara "
       "and Los Angeles.")]),
    ("Rodrigo Salcedo Vial", "Polaris Vista", "Head of Scripted, LatAm", "LatAm",
     ["drama", "crime", "thriller", "romance", "comedy"], ["series", "limited series"],
     "Rodrigo Salcedo Vial leads Polaris Vista's Spanish- and Portuguese-language scripted series from Bogotá.",
     "Through agents and established Latin American producers only; a deck and pilot script in Spanish or "
     "Portuguese.",
     [],
     [("2026-05-09", "Salcedo Vial wants Latin American crime dramas and romantic thrillers with regional "
       "reach, 8 episodes."),
      ("2025-09-17", "He is looking for premium series from Colombia, Argentina and Chile.")]),
    ("Thiago Nascimento Lobo", "Rede Araucária", "Director of Content, Brazil", "Brazil",
     ["comedy", "drama", "reality", "romance"], ["series", "special"],
     "Thiago Nascimento Lobo programmes Rede Araucária's prime time from São Paulo, from sitcoms to reality.",
     "Brazilian producers submit through the Araucária producers' portal; a one-page treatment in Portuguese "
     "and a budget; he answers within six weeks.",
     [],
     [("2026-07-28", "Nascimento Lobo wants Brazilian family comedies for Sunday nights, 10 episodes of "
       "30 minutes."),
      ("2025-12-03", "He is after a Brazilian reality competition shot in the Northeast.")]),
    ("Élodie Marchand-Saïdi", "Télé Mistral", "Head of French Drama", "France",
     ["drama", "crime", "period", "comedy"], ["series", "limited series"],
     "Élodie Marchand-Saïdi commissions Télé Mistral's French-language drama in Paris and has championed "
     "regional crime series set outside the capital.",
     "French producers pitch her unit with a bible and two scripts; she reads English treatments from "
     "international co-producers with a French partner.",
     ["Elodie Marchand-Saidi"],
     [("2026-09-25", "Marchand-Saïdi wants French crime series set in the regions, Brittany to Marseille, "
       "six 52-minute episodes."),
      ("2026-02-10", "She is looking for French period drama about the 1970s and 1980s."),
      ("2025-04-16", "Marchand-Saïdi wants a French comedy-drama for the Thursday slot.")]),
    ("Jonas Ebbesen", "Polaris Vista", "Director, European Originals", "Europe",
     ["crime", "thriller", "drama", "period", "comedy"], ["series", "limited series"],
     "Jonas Ebbesen runs Polaris Vista's European scripted originals from Amsterdam across a dozen languages.",
     "Through agents; a deck and pilot script in English plus the original language.",
     [],
     [("2026-08-03", "Ebbesen wants European crime thrillers with a high-concept hook, 6 to 8 episodes, in "
       "any European language."),
      ("2025-11-27", "He is after period drama with a pan-European audience.")]),
    ("Jürgen Weißmüller", "Elbufer Fernsehen", "Head of Fiction, Germany", "Germany",
     ["crime", "thriller", "drama"], ["series", "feature", "limited series"],
     "Jürgen Weißmüller runs fiction at Elbufer Fernsehen in Hamburg, including its Sunday-night Krimi "
     "feature slot.",
     "German producers pitch by post or email with an exposé of five pages; he takes meetings in Hamburg "
     "and at the Berlinale.",
     ["Juergen Weissmueller"],
     [("2026-10-01", "Weißmüller wants German crime features of 90 minutes for the Sunday Krimi slot, with "
       "a new investigator duo."),
      ("2026-04-07", "He is looking for German limited thrillers about the reunification era."),
      ("2025-08-19", "Weißmüller wants a six-part German drama about a Hamburg shipping family.")]),
    ("Begoña Muñoz Iriarte", "Faro del Sur", "Head of Spanish Series", "Spain",
     ["thriller", "drama", "comedy"], ["series", "limited series"],
     "Begoña Muñoz Iriarte commissions Spanish-language series for Faro del Sur in Madrid.",
     "Spanish producers only: a dossier with synopsis, characters and the pilot script.",
     ["Begona Munoz"],
     [("2026-06-12", "Muñoz Iriarte wants Spanish thrillers set in Andalusia and the Canary Islands, eight "
       "episodes."),
      ("2025-10-22", "She is looking for Spanish comedies about families for prime time.")]),
    ("Ananya Raghunathan", "Kesari Stream", "Head of Originals, India", "India",
     ["drama", "crime", "thriller", "comedy"], ["series", "feature"],
     "Ananya Raghunathan commissions Hindi, Tamil and Telugu originals for Kesari Stream in Mumbai.",
     "Indian producers pitch her team in Mumbai with a deck and the first episode; writers may submit through "
     "the Kesari writers' lab each spring.",
     [],
     [("2026-09-10", "Raghunathan wants Indian crime thrillers set in small towns, in Hindi or Tamil, "
       "8 episodes."),
      ("2026-01-30", "She is after Indian family comedies and coming-of-age series."),
      ("2025-06-05", "Raghunathan is looking for Indian original films for direct-to-streaming release.")]),
    ("Rohan Mehta-Iyer", "Kesari Stream", "Head of Non-Fiction, South Asia", "APAC",
     ["documentary", "true crime", "reality"], ["docuseries", "series"],
     "Rohan Mehta-Iyer commissions documentaries and unscripted series for Kesari Stream across South Asia.",
     "A treatment and sizzle through a production company; access letters attached for true crime.",
     [],
     [("2026-05-21", "Mehta-Iyer wants South Asian true crime docuseries with exclusive access, "
       "4 to 6 episodes."),
      ("2025-08-28", "He is looking for celebrity reality series for Kesari Stream.")]),
    ("Chidinma Okafor-Bello", "Eko Lagoon Studios", "Head of Nigerian Originals", "Nigeria",
     ["drama", "comedy", "romance"], ["series", "feature"],
     "Chidinma Okafor-Bello develops Nollywood series and films at Eko Lagoon Studios in Lagos.",
     "Nigerian producers and writers pitch at the monthly Eko Lagoon open pitch day; a one-page synopsis and "
     "a sample script.",
     ["Chidi Okafor-Bello"],
     [("2026-08-22", "Okafor-Bello wants Nigerian romantic comedies set in Lagos, features under 110 minutes."),
      ("2026-02-14", "She is after Nigerian family dramas for a 13-episode series."),
      ("2025-09-03", "Okafor-Bello is looking for Nollywood comedies with a wedding setting.")]),
    ("Tendai Moyo", "Polaris Vista", "Head of Content, Africa and Middle East", "EMEA",
     ["drama", "comedy", "crime", "romance"], ["series", "feature"],
     "Tendai Moyo leads Polaris Vista's originals across Africa and the Middle East from Johannesburg.",
     "Through agents or established producers: a deck and pilot script in English.",
     [],
     [("2026-07-07", "Moyo wants African dramas and romantic comedies with a pan-African cast."),
      ("2025-12-18", "He is looking for crime series from South Africa, Kenya and Egypt.")]),
    ("Harriet Ashdown", "Larkspur Four", "Commissioning Editor, British Comedy", "UK",
     ["comedy", "stand-up"], ["series", "special"],
     "Harriet Ashdown commissions British sitcoms, panel shows and stand-up for Larkspur Four in London.",
     "British production companies only; send a script or a tape to her team, which reads within eight "
     "weeks; new comics are seen through the Larkspur Four comedy showcase.",
     [],
     [("2026-10-15", "Ashdown wants British sitcoms of six half-hours with a distinctive regional voice."),
      ("2026-05-05", "She is looking for stand-up specials from British comics who have not yet had a "
       "TV hour."),
      ("2025-09-29", "Ashdown is after a British comedy panel show for 10pm.")]),
    ("Dashiell Poole", "Polaris Vista", "Head of Global Comedy", "Global",
     ["comedy", "romance"], ["series", "special", "feature"],
     "Dashiell Poole runs scripted comedy worldwide for Polaris Vista from Los Angeles.",
     "Through agents only; a pilot script and a lookbook.",
     [],
     [("2026-09-18", "Poole wants half-hour comedies with global appeal and an ensemble cast."),
      ("2026-04-24", "He is looking for romantic comedy features for the platform."),
      ("2025-11-05", "Poole wants workplace comedies from any country, 8 episodes.")]),
    ("Đorđe Petrović", "Polaris Vista", "Head of Stand-Up and Specials, Europe", "Europe",
     ["stand-up", "comedy"], ["special", "series"],
     "Đorđe Petrović books and commissions Polaris Vista's European stand-up specials from Belgrade and "
     "Berlin.",
     "Send a full set filmed live, unedited, with the comic's management attached; he scouts at the "
     "Edinburgh, Montreux and Berlin festivals.",
     ["Djordje Petrovic", "Dorde Petrovic"],
     [("2026-10-20", "Petrović wants hour-long stand-up specials in local languages from across Europe."),
      ("2026-06-02", "He is after stand-up specials taped in front of big arena audiences."),
      ("2026-01-12", "Petrović wants a stand-up anthology series with six comics per season."),
      ("2025-07-23", "He is looking for bilingual stand-up comics who switch languages on stage."),
      ("2025-02-18", "Petrović wants stand-up specials from comics with a big online following.")]),
    ("Søren Kjærgaard", "Skjærgård Media", "Head of Scandinavian Drama", "Nordics",
     ["crime", "thriller", "drama"], ["series", "limited series"],
     "Søren Kjærgaard commissions Danish, Swedish and Norwegian drama for Skjærgård Media in Copenhagen.",
     "Nordic producers pitch through the Skjærgård development fund, twice a year; a ten-page bible and the "
     "first script in English or a Scandinavian language.",
     ["Soren Kjaergaard"],
     [("2026-09-08", "Kjærgaard wants Scandinavian crime series set in small coastal towns, six episodes."),
      ("2026-03-03", "He is looking for Nordic thrillers about climate and energy."),
      ("2025-05-14", "Kjærgaard wants Danish family drama with a dark secret.")]),
    ("Kylie Tran-Wallace", "Bilby Broadcasting", "Head of Australian Unscripted", "Australia",
     ["reality", "reality competition", "documentary"], ["series", "docuseries"],
     "Kylie Tran-Wallace commissions Bilby Broadcasting's reality and factual entertainment in Sydney.",
     "Australian producers submit through the Bilby format portal with a sizzle under three minutes.",
     [],
     [("2026-08-27", "Tran-Wallace wants Australian reality competition formats shot in the outback."),
      ("2026-02-19", "She is after Australian renovation and property reality series."),
      ("2025-07-31", "Tran-Wallace is looking for observational documentary series about Australian "
       "lifeguards and rangers.")]),
    ("Łukasz Wróblewski", "Polaris Vista", "Head of Natural History", "Global",
     ["natural history", "documentary"], ["docuseries", "special", "feature"],
     "Łukasz Wróblewski runs natural history for Polaris Vista from Bristol, after twenty years as a "
     "wildlife camera operator.",
     "Natural history producers send a treatment with filming logistics and a camera-test reel; "
     "he green-lights only after a year of research and access are in place.",
     ["Lukasz Wroblewski"],
     [("2026-10-28", "Wróblewski wants blue-chip natural history series of six hours shot in 4K HDR on "
       "every continent."),
      ("2026-07-02", "He is looking for natural history specials about animal cities and urban wildlife."),
      ("2026-03-26", "Wróblewski wants ocean natural history with new underwater camera technology."),
      ("2025-11-11", "He is after presenter-led natural history with a scientist guide."),
      ("2025-06-17", "Wróblewski wants natural history features for cinema release."),
      ("2024-12-09", "He is looking for natural history about insects and small worlds."),
      ("2024-05-20", "Wróblewski wants natural history in the polar regions.")]),
    ("Ayşe Yıldız", "Polaris Vista", "Head of Unscripted, EMEA", "EMEA",
     ["reality", "dating show", "reality competition"], ["series"],
     "Ayşe Yıldız commissions unscripted series for Polaris Vista across Europe, the Middle East and Africa "
     "from London and Istanbul.",
     "Unscripted producers pitch with a format bible and a sizzle of under three minutes; she takes "
     "pitches at MIPCOM and MIPTV.",
     ["Ayse Yildiz"],
     [("2026-10-11", "Yıldız wants dating shows with a twist that can be shot in one villa in eight weeks."),
      ("2026-06-29", "She is looking for reality competition formats with big cash prizes."),
      ("2026-02-05", "Yıldız wants dating shows for older singles."),
      ("2025-09-10", "She is after local versions of dating shows in Turkey, Poland and Spain."),
      ("2025-03-12", "Yıldız wants unscripted series about luxury travel.")]),
    ("Margaux Delacroix-Ibe", "Ciné Garonne", "Head of Festival Acquisitions", "Global",
     ["indie", "drama", "romance", "comedy"], ["feature"],
     "Margaux Delacroix-Ibe buys independent features for Ciné Garonne at Cannes, Berlin, Venice, "
     "Sundance and Toronto.",
     "Sales agents send screeners ahead of each festival; she watches everything in competition and takes "
     "meetings at the Marché du Film.",
     [],
     [("2026-09-12", "Delacroix-Ibe wants festival acquisitions: auteur-driven indie features from first- "
       "and second-time directors, under two hours."),
      ("2026-05-15", "She is buying indie features at Cannes with a French theatrical release in mind."),
      ("2026-01-25", "Delacroix-Ibe wants indie romantic comedies from Sundance."),
      ("2025-08-30", "She is looking for festival acquisitions from Venice with world rights.")]),
    ("Bastian Hollerbach", "Kranich Filmverleih", "Acquisitions Director", "Europe",
     ["horror", "thriller", "drama"], ["feature"],
     "Bastian Hollerbach acquires genre features for Kranich Filmverleih's theatrical and home releases.",
     "Sales agents send screeners and a sales sheet; he acquires at the European Film Market and Sitges.",
     [],
     [("2026-08-09", "Hollerbach wants horror features with a strong hook for theatrical release."),
      ("2025-10-30", "He is looking for thriller features in any language.")]),
    ("Ifeoma Nwachukwu", "Meridiana Globe Studios", "Head of Docuseries", "EMEA",
     ["documentary", "true crime"], ["docuseries", "feature"],
     "Ifeoma Nwachukwu develops docuseries at Meridiana Globe Studios for sale to streamers worldwide.",
     "A treatment and access agreements; she meets producers at Sheffield DocFest and IDFA.",
     [],
     [("2026-09-30", "Nwachukwu wants true crime docuseries with new evidence, 3 to 4 episodes."),
      ("2026-04-16", "She is after documentary features about music icons."),
      ("2025-10-08", "Nwachukwu wants docuseries about sports scandals.")]),
    ("Emiliano Cárdenas Ruiz", "Canal Ocelote", "Head of Comedy and Entertainment", "LatAm",
     ["comedy", "reality"], ["series", "special"],
     "Emiliano Cárdenas Ruiz programmes comedy and entertainment at Canal Ocelote.",
     "A treatment in Spanish through a producer; he runs a comedy writers' table each autumn.",
     [],
     [("2026-06-18", "Cárdenas Ruiz wants sketch comedy and sitcoms for weekend prime time.")]),
    ("Nkechi Adebayo-Clarke", "Larkspur Four", "Head of Factual", "Europe",
     ["documentary", "true crime", "natural history"], ["docuseries", "special"],
     "Nkechi Adebayo-Clarke oversees factual programming at Larkspur Four.",
     "Production companies send a two-page treatment by email; she replies within a month.",
     [],
     [("2026-03-11", "Adebayo-Clarke wants true crime docuseries for 9pm.")]),
    ("Ingvild Rasmussen-Haug", "Skjærgård Media", "Head of Unscripted", "Europe",
     ["reality", "documentary", "comedy"], ["series", "docuseries"],
     "Ingvild Rasmussen-Haug commissions unscripted series for Skjærgård Media.",
     "Format pitches by email with a sizzle.",
     [],
     [("2026-05-27", "Rasmussen-Haug wants reality series about families moving to the countryside.")]),
    ("Camille Aubertin", "Télé Mistral", "Head of Documentaries", "Europe",
     ["documentary", "natural history", "true crime"], ["docuseries", "feature"],
     "Camille Aubertin runs documentaries at Télé Mistral.",
     "Treatments through producers; Télé Mistral co-produces with other European broadcasters.",
     [],
     [("2026-04-29", "Aubertin wants documentary features about science and the environment.")]),
    ("Mateus Carvalho Reis", "Rede Araucária", "Head of International Co-productions", "LatAm",
     ["drama", "telenovela", "romance"], ["series"],
     "Mateus Carvalho Reis handles Rede Araucária's co-productions and format sales abroad.",
     "Through producers; co-production proposals with financing plans.",
     [],
     [("2026-01-08", "Carvalho Reis wants co-produced dramas with Portuguese and Spanish partners.")]),
]

# ---------------------------------------------------------------------------------------------------------
# Filler executives: common genres only; regional or global remits only; never a single country.
FIRST = ["Adaeze", "Bruno", "Carmen", "Dmitri", "Esther", "Farid", "Greta", "Hiroshi", "Isabela", "Joaquín",
         "Kwame", "Leonie", "Mariana", "Nikhil", "Olusegun", "Paloma", "Quentin", "Rania", "Sebastián", "Tatiana",
         "Ulrich", "Valeria", "Wanjiru", "Xavier", "Yasmin", "Zeynep", "Akira", "Beatriz", "Cosmin", "Delia",
         "Emeka", "Florence", "Gustavo", "Hyun-woo", "Ilse", "Javier", "Kaito", "Lucía", "Matthias", "Noémie",
         "Oksana", "Pedro", "Renée", "Sunita", "Tobias", "Urvashi", "Vikram", "Wilhelmina", "Yusuf", "Zainab"]
LAST = ["Abarca", "Bergström", "Cavalcanti", "Duchamp", "Eze", "Fontaine", "Gallardo", "Hoffmann", "Ishikawa",
        "Jiménez", "Kapoor", "Lindahl", "Mbeki", "Navarro", "Oyelowo", "Pereira", "Quaresma", "Rinaldi", "Sato",
        "Takahashi", "Umeh", "Valdés", "Wojcik", "Xu", "Yamamoto", "Zanetti", "Achterberg", "Bianchi", "Coutinho",
        "Dussault", "Ekwueme", "Falk", "Garza", "Hadid", "Iwu", "Jansen", "Kowalczyk", "Lemaire", "Moreau",
        "Nakamura", "Obi", "Pinheiro", "Rocha", "Sandoval", "Teixeira", "Ueda", "Vasconcelos", "Weber", "Zamora"]
COMMON_GENRES = ["drama", "comedy", "crime", "thriller", "horror", "sci-fi", "fantasy", "action", "romance",
                 "family", "kids", "animation", "documentary", "reality", "period"]
FILLER_REGIONS = ["Global", "Europe", "EMEA", "APAC", "LatAm", "US"]
FILLER_TITLES = ["Director of Development", "Creative Executive", "Commissioning Editor", "VP, Series",
                 "Senior Development Executive", "Head of Co-productions", "Programming Executive",
                 "Director, Original Films", "Head of Acquisitions", "Executive Producer, Originals"]
GENRE_FORMATS = {"documentary": ["docuseries", "feature"], "reality": ["series"], "kids": ["series"],
                 "animation": ["series", "feature"]}
FILLER_MANDATE = [
    "{s} is looking for {g} {f} projects with a strong central character.",
    "{s} wants {g} {f} with international co-production partners attached.",
    "{s} is after elevated {g} {f} with a clear returnable engine.",
    "{s} wants {g} {f} from first-time creators paired with experienced producers.",
    "For next year {s} is prioritising {g} {f} with a contemporary setting.",
]
FILLER_PITCH = ["Through agents and managers only.", "Send a one-page pitch through a production company.",
                "Pitch decks by email to the development team; no unsolicited scripts.",
                "Meets producers at markets (MIPCOM, Series Mania, Berlinale); material through sales agents."]

# ---------------------------------------------------------------------------------------------------------
# Title vocabularies per language, for greenlight titles.
TITLE_WORDS = {
    "global": (["The", "A"], ["Orbit", "Tideline", "Lantern", "Compass", "Vessel", "Threshold", "Aurora", "Cipher",
                              "Meridian", "Harvest", "Monsoon", "Quarry", "Sextant", "Carousel", "Wildfire"],
               ["of Glass", "Rising", "in Winter", "Protocol", "Society", "Files", "Keepers", "at Dusk", "Line",
                "Season"]),
    "jp": ([""], ["Hoshizora", "Kagerou", "Tsukimi", "Yozakura", "Akatsuki", "Shiranui", "Kazahana", "Hotaru",
                  "Minamo", "Sorairo", "Ginga", "Utsusemi"],
           ["Academy", "Chronicle", "Drift", "no Tabi", "Signal", "Station", "Blade", "Garden", "Requiem", "Days"]),
    "es": (["El", "La", "Los", "Las"], ["Marea", "Sombra", "Herencia", "Promesa", "Frontera", "Cosecha", "Espejo",
                                        "Tormenta", "Alborada", "Raíz", "Cantera", "Brasa", "Niebla", "Jacaranda"],
           ["de Plata", "del Norte", "Prohibida", "de Sal", "Rota", "del Río", "Escondida", "de Medianoche",
            "Eterna", "de Cobre"]),
    "pt": (["O", "A", "Os", "As"], ["Maré", "Sertão", "Jangada", "Varanda", "Cigarra", "Pitanga", "Ventania",
                                    "Travessia", "Serenata", "Quintal", "Garoa", "Farol"],
           ["do Sul", "de Verão", "Perdida", "de Ouro", "da Serra", "Sem Fim", "do Cais", "de Barro"]),
    "fr": (["Le", "La", "Les", "L'"], ["Mistral", "Falaise", "Héritage", "Brume", "Verger", "Écluse", "Clairière",
                                       "Dentelle", "Marais", "Lucarne", "Sillage", "Vendange"],
           ["d'Argent", "du Nord", "Oubliée", "des Anges", "de Minuit", "Sauvage", "d'Hiver", "Perdue"]),
    "de": (["Die", "Der", "Das"], ["Nebelwald", "Schleuse", "Kranichzug", "Deichgraf", "Sturmflut", "Moorland",
                                   "Hafenlicht", "Eisgang", "Grenzstein", "Lindenhof", "Schattenriss", "Abendrot"],
           ["", "am Fluss", "im Norden", "von Altona", "der Stille", "aus Glas"]),
    "in": ([""], ["Chakravyuh", "Dhoop", "Kesar", "Barsaat", "Kohinoor", "Jugnu", "Safar", "Bandish", "Rangrez",
                  "Aangan", "Lakeer", "Sarhad"],
           ["", "Express", "Diaries", "Mahal", "Junction", "Returns", "Nagar", "Gully"]),
    "ng": ([""], ["Ìfẹ́", "Owambe", "Danfo", "Eko", "Jollof", "Ankara", "Aso Ebi", "Lekki", "Obalende", "Agege",
                  "Oyinbo", "Naija"],
           ["Nights", "Wahala", "Hustle", "Bride", "Kings", "Palace", "Sisters", "Money", "Love", "Rules"]),
    "en": (["The", ""], ["Fenwick", "Marlowe", "Cobble", "Gorse", "Saltmarsh", "Brambling", "Kestle", "Wattle",
                         "Billabong", "Jacaranda Bay", "Penhallow", "Whinfell"],
           ["Arms", "Estate", "Crossing", "Lads", "Sisters", "Station", "Road", "Point", "Club", "Close"]),
    "nordic": (["", ""], ["Fjordsyn", "Islandsk", "Havgap", "Ravnsborg", "Skjærsild", "Nordlys Hotel", "Myrland",
                          "Tindholm", "Saltvik", "Kvartsbrudd", "Frostheim", "Ulvedal"],
               ["", "Sagaen", "Vinter", "Fyr", "Øen"]),
}
LOGLINE = {
    "telenovela": "A seamstress in {place} falls for the heir of the family that ruined hers, and a secret letter threatens them both.",
    "anime": "A {who} who can hear the thoughts of machines joins a rescue crew on a flooded future {place}.",
    "natural history": "Cameras follow {who}s through a single year in {place}, from the first thaw to the last storm.",
    "dating show": "Singles in a villa in {place} must pick a partner before they have seen each other's faces.",
    "reality competition": "Teams of {who}s compete in {place} for a prize that shrinks every time someone quits.",
    "stand-up": "A comic from {place} tells a sold-out room about growing up as a {who}.",
    "indie": "A {who} returns to {place} for a funeral and has one weekend to settle an old debt.",
    "true crime": "Investigators reopen the disappearance of a {who} in {place} with evidence never made public.",
    "documentary": "An intimate portrait of a {who} in {place} over one decisive year.",
    "horror": "A {who} moves into a house in {place} where every mirror shows the room a minute later.",
    "comedy": "A {who} in {place} accidentally becomes the most famous person in town.",
    "romance": "A {who} in {place} agrees to a fake engagement that stops being fake.",
    "crime": "A {who} in {place} is drawn into a smuggling ring run by her own family.",
    "thriller": "A {who} in {place} discovers that the client she is protecting has planned her death.",
    "drama": "Three generations of a family in {place} fight over the business that made them.",
    "melodrama": "Twin sisters separated at birth in {place} meet as rivals for the same inheritance.",
}
PLACES = {"global": ["a port city", "a desert town", "an island", "a mountain village"],
          "jp": ["Osaka", "Hokkaido", "a Tokyo suburb", "Okinawa"], "es": ["Guadalajara", "Veracruz", "Sevilla",
          "Oaxaca", "Cádiz"], "pt": ["Recife", "Salvador", "Porto Alegre", "Belém"], "fr": ["Marseille", "Brest",
          "Lille", "Lyon"], "de": ["Hamburg", "Leipzig", "the Harz", "Rostock"], "in": ["Indore", "Madurai",
          "Shimla", "Kochi"], "ng": ["Lagos", "Ibadan", "Enugu", "Abuja"], "en": ["Yorkshire", "Cornwall", "Perth",
          "Tasmania", "Glasgow"], "nordic": ["Bergen", "Gotland", "Lofoten", "Aarhus"]}
WHO = ["nurse", "ferry captain", "chef", "retired judge", "teenage hacker", "beekeeper", "tax inspector",
       "wedding planner", "lighthouse keeper", "taxi driver", "schoolteacher", "fisherman"]

PRODUCERS = ["Nube Alta Producciones", "Ganso Azul Filmes", "Kiriko Works", "Studio Hafenkante", "Tamarind Reel",
             "Lumen Brava", "Kofi & Ama Pictures", "Grey Heron Films", "Saltire Lane", "Kagero Animation",
             "Polder Docs", "Cerulean Owl", "Oriki Media", "Tiburón Films", "Fennec Productions"]


def rand_date(rng: random.Random, lo: dt.date = START, hi: dt.date = TODAY) -> str:
    return (lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))).isoformat()


def generate(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    out: list[dict] = []
    for name, kind, region, aliases, _lang in COMPANIES:
        cid = CO_ID[name]
        out.append({"type": "company", "id": cid, "name": name, "kind": kind, "region": region,
                    "aliases": aliases, "source": src("company", cid)})

    execs: list[dict] = []
    for (name, comp, title, region, genres, formats, bio, pitch, aliases, mandates) in ANCHORS:
        eid = slug(name)
        e = {"type": "executive", "id": eid, "name": name, "company": CO_ID[comp], "title": title,
             "region": region, "genres": genres, "formats": formats, "bio": bio, "pitch_process": pitch,
             "aliases": aliases, "updated_at": rand_date(rng, dt.date(2026, 6, 1)), "source": src("executive", eid)}
        execs.append(e)
        out.append(e)
        for d, text in mandates:
            mid = f"{eid}-{d}"
            out.append({"type": "mandate", "id": mid, "executive": eid, "text": text, "date": d,
                        "source": src("mandate", mid)})

    used_names = {e["name"] for e in execs}
    anchor_first = {e["name"].split()[0] for e in execs}
    fillers: list[dict] = []
    # Buyers used in buyer-constrained questions get no filler staff, so the constrained answer is unique.
    no_fillers = {"canal-ocelote", "skjaergard-media", "kesari-stream", "larkspur-four", "tele-mistral"}
    comp_ids = [CO_ID[c[0]] for c in COMPANIES if c[1] != "production company" and CO_ID[c[0]] not in no_fillers]
    while len(fillers) < 110:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        name = f"{first} {last}"
        if name in used_names or first in anchor_first:
            continue
        used_names.add(name)
        eid = slug(name)
        cid = rng.choice(comp_ids)
        genres = rng.sample(COMMON_GENRES, rng.randint(2, 3))
        formats = sorted({f for g in genres for f in GENRE_FORMATS.get(g, ["series", "limited series", "feature"])})
        e = {"type": "executive", "id": eid, "name": name, "company": cid, "title": rng.choice(FILLER_TITLES),
             "region": rng.choice(FILLER_REGIONS), "genres": genres, "formats": formats,
             "bio": f"{name} develops {', '.join(genres)} projects.", "pitch_process": rng.choice(FILLER_PITCH),
             "updated_at": rand_date(rng, dt.date(2025, 1, 1)), "source": src("executive", eid)}
        fillers.append(e)
        out.append(e)
        surname = last
        for _ in range(rng.randint(1, 2)):
            d = rand_date(rng)
            g = " and ".join(rng.sample(genres, min(2, len(genres))))
            f = rng.choice(formats) if rng.random() < 0.7 else "series"
            text = rng.choice(FILLER_MANDATE).format(s=surname, g=g, f=f)
            mid = f"{eid}-{d}"
            if any(r.get("id") == mid for r in out):
                continue
            out.append({"type": "mandate", "id": mid, "executive": eid, "text": text, "date": d,
                        "source": src("mandate", mid)})

    # Greenlights
    seen_ids: set[str] = set()

    def make_title(lang: str) -> str:
        arts, nouns, tails = TITLE_WORDS[lang]
        if rng.random() < 0.75:
            parts = [rng.choice(arts), rng.choice(nouns), rng.choice(tails)]
        else:
            a, b = rng.sample(nouns, 2)
            parts = [a, "and", b]
        return " ".join(p for p in parts if p).replace("L' ", "L'")

    def add_gl(e: dict | None, buyer: str, genres: list[str], fmt: str, region: str, date: str) -> None:
        lang = CO_LANG[buyer]
        for _ in range(500):
            title = make_title(lang)
            gid = f"{buyer}--{slug(title)}"
            if gid not in seen_ids:
                break
        else:
            return
        seen_ids.add(gid)
        key = next((g for g in genres if g in LOGLINE), "drama")
        logline = LOGLINE[key].format(place=rng.choice(PLACES[lang]), who=rng.choice(WHO))
        rec = {"type": "greenlight", "id": gid, "title": title, "buyer": buyer, "date": date, "genres": genres,
               "format": fmt, "region": region}
        if e is not None:
            rec["executives"] = [e["id"]]
        rec["producers"] = rng.sample(PRODUCERS, rng.randint(1, 2))
        rec["logline"] = logline
        rec["source"] = src("greenlight", gid)
        out.append(rec)

    for e in execs + fillers:
        n = rng.randint(14, 26) if e in execs else rng.randint(9, 19)
        for _ in range(n):
            gs = e["genres"]
            genres = rng.sample(gs, 1 if len(gs) == 1 or rng.random() < 0.45 else 2)
            fmt = rng.choice(e["formats"])
            buyer = e["company"]
            recorded = rng.random() < 0.85
            add_gl(e if recorded else None, buyer, genres, fmt, e["region"], rand_date(rng))
    return out


if __name__ == "__main__":
    for rec in generate():
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
