#!/usr/bin/env python3
"""Build the fourth held-out `mw ask` knowledge base from real public data.

    python tests/eval/heldout2/build_kb.py hulu_titles.csv > tests/eval/heldout2/kb.jsonl

Two parts, both real and public, every record citing its own `source`:
  1. Hand-entered companies, executives, mandates and greenlights taken from the public pages cited
     (commissioning pages, trade press and broadcaster press releases). People are in the roles the
     source describes AS OF THE SOURCE'S DATE; many have moved on since. The KB is a snapshot.
  2. Hulu greenlights from the public "Hulu Movies and TV Shows" dataset (Kaggle, Shivam Bansal, 2021;
     copy at https://github.com/BhavyaMammai/Datasets/blob/8f3d19cfbabcda0e3bf956159dc34ef610b3f2a2/hulu_titles.csv):
     TV shows whose release year equals the year they were added to Hulu, plus same-year stand-up
     specials. `date` is the date ADDED TO HULU, genres are the dataset's categories (lower-cased, a few
     renamed), `executives` is empty because the dataset does not say who commissioned a title, and not
     every title is necessarily a Hulu original.
No record is fictional. Output is deterministic (sorted input, no randomness).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
import unicodedata

HULU_SRC = "https://github.com/BhavyaMammai/Datasets/blob/8f3d19cfbabcda0e3bf956159dc34ef610b3f2a2/hulu_titles.csv"

# --- sources -----------------------------------------------------------------------------------
S = dict(
    itv_drama="https://www.itv.com/commissioning/articles/drama-what-we-are",
    itv_drama_old="http://www.itv.com/commissioning/drama",
    itv_amplify="https://bradfordzone.co.uk/2023/10/itv-launches-amplify-the-regions-to-boost-regional-indie-productions/",
    itv_bancroft="http://metro.co.uk/2018/02/13/sarah-parishs-bancroft-face-new-dangerous-enemy-dangerous-show-returns-second-series-7310822/",
    itv_bancroft2="https://www.bournemouthecho.co.uk/leisure/showbiz/15990588.Bancroft_to_return_as_another_female_led_crime_drama_unveiled/",
    itv_alice="https://tellymix.co.uk/tv/573114-finding-alice-series-2-confirmed-by-itv-after-hit-ratings-for-first-series.html",
    c5_evidence="https://www.theguardian.com/media/2013/aug/22/channel-5-police-drama-evidence",
    c5_drama="https://worldscreen.com/tvdrama/channel-5-unveils-new-drama-commissions/",
    c5_indie="https://www.televisual.com/news/c5-adds-two-from-diverse-led-indie-initiative/",
    c5_yorkshire="https://www.theguardian.com/media/2021/aug/24/channel-5-says-it-will-not-make-any-more-shows-about-yorkshire",
    c5_loan="http://www.c21media.net/channel-5-reels-in-loan-sharks-doc/",
    c5_hadrian="https://www.c21media.net/news/c5-explores-hadrians-wall-life-up-north/",
    c5_2014="https://realscreen.com/2014/08/15/c5-orders-special-needs-hotel-saving-babies/",
    sky_2016="https://rts.org.uk/article/sky-unites-award-winning-actors-writers-and-producers-new-commissions",
    sky_2019="https://deadline.com/2019/02/little-birds-intergalactic-sky-juno-temple-1202559544/",
    sky_2020="https://www.radiotimes.com/news/tv/2020-02-12/cobra-season-2-sky-one/",
    sky_atl="https://tbivision.com/2011/05/05/new-boss-and-commissions-at-sky-atlantic/",
    s4c_mudtown="https://nation.cymru/culture/new-legal-crime-drama-series-based-in-newport-commissioned/",
    s4c_faith="https://www.bbc.com/news/uk-wales-45751916",
    s4c_cleddau="https://tenby-today.co.uk/news/s4cs-new-drama-cleddau-showcases-the-pembrokeshire-location-it-was-shot-726546",
    rte_2023="https://extra.ie/2023/03/30/entertainment/rte-brand-new-drama",
    rte_taken="https://entertainment.ie/tv/tv-news/lovehate-creator-stuart-carolan-has-a-new-crime-drama-on-the-way-to-rte-201857/",
    rte_smother="https://www.thesun.ie/tvandshowbiz/tv/4849215/rte-filming-six-part-thriller-smother-clare/",
    rte_init="https://www.thesun.ie/tvandshowbiz/6052195/rte-new-drama-comedy-series-accepting-appplications/",
    rte_season="https://irishtimes-irishtimes-staging.cdn.arcpublishing.com/culture/tv-radio-web/home-grown-shows-central-to-rte-autumn-winter-schedule-1.2764777",
    cbc_2023="http://thefutoncritic.com/news/2023/03/23/cbc-renews-original-comedies-run-the-burbs-son-of-a-critch-and-this-hour-has-22-minutes-624414/20230323cbc01",
    cbc_2022="https://mediacentre.cbc.ca/announcement/4933/cbc-renews-new-original-comedies-run-the-burbs-son-of-a-critch-and-strays",
    cbc_schitt="https://www.tv-eh.com/2015/01/12/cbc-orders-second-season-of-schitts-creek/",
    cbc_2010="https://www.gloryosky.ca/urbmn/2010/02/05/news-ron-james-men-with-brooms-insecurity/",
    cbc_2015="http://www.straight.com/movies/404581/cbcs-2015-16-season-includes-chris-haddock-series-bruce-mcculloch-will-sasso",
    stan_2017="http://www.smh.com.au/entertainment/tv-and-radio/networking-stan-commissions-a-second-series-of-wolf-creek-20170209-gu91qi.html",
    stan_2018="https://variety.com/2018/tv/asia/australia-stan-abc-studio-gloaming-1202830477/",
    stan_2019="https://www.4rfv.com/DITVX4M1H2GJ/AA/stan-and-screen-australia-announce-new-series-the-commons.htm",
    stan_2023="https://totalcelnews.com/lifestyle/australias-stan-unveils-trio-of-originals-including-outback-drama-from-bluey-studio-projects-with-all3-banijay-2/",
    stan_2024="https://if.com.au/stan-reveals-bumper-slate-renews-scrublands-bump-black-snow/",
    svt="https://nordiskfilmogtvfond.com/news/interview/svts-anna-croneman-on-her-drama-strategy-in-the-digital-age",
    svt2="https://nordiskfilmogtvfond.com/news/stories/anna-croneman-i-wish-we-would-all-jointly-invest-in-bigger-nordic-co-productions",
    dr="http://dramaquarterly.com/tag/wallander/",
    hulu_2019="https://deadline.com/2019/07/dana-walden-oversight-hulu-scripted-series-development-run-by-craig-erwich-1202658049/",
    hulu_2018="https://www.hollywoodreporter.com/live-feed/hulus-craig-erwich-talks-up-support-ownership-disney-fox-merger-1185352",
    hulu_2020="https://vizual.pollackmedia.com/r/c-1x-LQBou69jK8Vn7pdzeeMp-TfrILfz3FTVVq-QkW8jK.htm",
    uktv="https://corporate.uktv.co.uk/work-with-us/programming/commissioning",
    uktv_charter="https://corporatecms.uktv.co.uk/commissioning/article/commissioning-charter/",
)

COMPANIES = [
    ("itv", "ITV", "network", "UK", ["ITV1", "ITVX", "ITV2"], S["itv_drama"]),
    ("channel-5", "Channel 5", "network", "UK", ["C5", "5"], S["c5_evidence"]),
    ("sky", "Sky", "network", "UK", ["Sky One", "Sky Atlantic", "Sky 1"], S["sky_2016"]),
    ("s4c", "S4C", "network", "UK", [], S["s4c_mudtown"]),
    ("rte", "RTÉ", "network", "Ireland", ["RTÉ One", "RTÉ2", "RTÉ Player"], S["rte_2023"]),
    ("cbc", "CBC", "network", "Canada", ["CBC Gem"], S["cbc_2023"]),
    ("stan", "Stan", "streamer", "Australia", [], S["stan_2024"]),
    ("svt", "SVT", "network", "Sweden", [], S["svt"]),
    ("dr", "DR", "network", "Denmark", ["DR1"], S["dr"]),
    ("hulu", "Hulu", "streamer", "US", [], S["hulu_2019"]),
    ("uktv", "UKTV", "network", "UK", ["Alibi", "Dave", "W", "Gold"], S["uktv"]),
]

# id, name, company, title, region, genres, formats, updated_at, source, pitch_process
EXECS = [
    ("polly-hill", "Polly Hill", "itv", "Head of Drama", "UK", ["drama", "crime", "thriller"],
     ["series", "limited series"], None, S["itv_drama"],
     "ITV drama says producers can email an idea to any member of the drama commissioning team; "
     "returnable series are the priority, plus two-, three- and four-parters and one-off films."),
    ("kevin-lygo", "Kevin Lygo", "itv", "Managing Director, Media & Entertainment", "UK",
     ["drama", "entertainment", "factual"], ["series"], None, S["itv_amplify"],
     "Regional independents apply to ITV's Amplify: The Regions pilot at itv.com/commissioning; five "
     "companies are paired with a genre commissioner, given a brief and £5,000 to develop ideas, then pitch."),
    ("nana-hughes", "Nana Hughes", "itv", "Head of Scripted Comedy", "UK", ["comedy"], ["series"],
     None, S["itv_amplify"], None),
    ("ben-frow", "Ben Frow", "channel-5", "Director of Programmes (later Chief Content Officer, ViacomCBS Networks UK)",
     "UK", ["drama", "factual", "documentary", "crime"], ["series", "limited series"], None, S["c5_indie"],
     "Diverse-led independents reach Channel 5 primetime through its Indie Initiative, run with The TV "
     "Collective since September 2019."),
    ("guy-davies", "Guy Davies", "channel-5", "Factual Commissioning Editor", "UK",
     ["factual", "documentary", "observational documentary"], ["docuseries", "series"], None, S["c5_loan"], None),
    ("dan-louw", "Dan Louw", "channel-5", "Commissioning Editor", "UK", ["factual", "history", "travel"],
     ["series"], None, S["c5_hadrian"], None),
    ("daniel-pearl", "Daniel Pearl", "channel-5", "Commissioning Editor", "UK", ["factual", "documentary"],
     ["series"], "2021-08-24", S["c5_yorkshire"], None),
    ("cameron-roach", "Cameron Roach", "sky", "Director of Drama", "UK", ["drama", "period drama", "sci-fi"],
     ["series", "limited series"], "2019-02-19", S["sky_2019"], None),
    ("elaine-pyke", "Elaine Pyke", "sky", "Director, Sky Atlantic", "UK", ["drama", "factual"], ["series"],
     "2011-05-05", S["sky_atl"], None),
    ("amanda-rees", "Amanda Rees", "s4c", "Director of Content", "Wales", ["drama", "factual", "entertainment"],
     ["series"], "2018-10-04", S["s4c_faith"], None),
    ("gwenllian-gravelle", "Gwenllian Gravelle", "s4c", "Head of Drama", "Wales", ["drama", "crime", "thriller"],
     ["series"], None, S["s4c_cleddau"], None),
    ("jane-gogan", "Jane Gogan", "rte", "Head of Drama, RTÉ Television", "Ireland", ["drama", "crime"],
     ["series"], None, S["rte_taken"], None),
    ("dermot-horan", "Dermot Horan", "rte", "Director of Acquisitions and Co-Productions", "Ireland",
     ["drama", "thriller"], ["series", "co-production"], None, S["rte_smother"], None),
    ("dee-forbes", "Dee Forbes", "rte", "Director-General", "Ireland", ["drama", "comedy"], ["series"], None,
     S["rte_init"],
     "RTÉ and Screen Ireland's talent initiative asked for an early-stage pitch document of no more than "
     "two hundred words, aimed at a core 25-44 audience on RTÉ2, with a clear core concept and an original voice."),
    ("sally-catto", "Sally Catto", "cbc", "General Manager, Entertainment, Factual & Sports", "Canada",
     ["comedy", "sketch comedy", "stand-up"], ["series"], "2023-03-23", S["cbc_2023"], None),
    ("nick-forward", "Nick Forward", "stan", "Chief Content Officer", "Australia", ["drama", "thriller", "horror"],
     ["series"], "2019-06-26", S["stan_2019"], None),
    ("cailah-scobie", "Cailah Scobie", "stan", "Chief Content Officer", "Australia", ["drama", "mystery"],
     ["series"], "2023-07-20", S["stan_2023"], None),
    ("anna-croneman", "Anna Croneman", "svt", "Head of Drama", "Sweden", ["drama", "crime", "family drama", "comedy"],
     ["series", "limited series"], None, S["svt2"],
     "SVT Drama first commissions a storyline and a pilot script; Croneman decides early in development "
     "whether a project goes forward, working with the writers and producers."),
    ("ingolf-gabold", "Ingolf Gabold", "dr", "Head of Drama", "Denmark", ["drama", "political drama"], ["series"],
     None, S["dr"], None),
    ("craig-erwich", "Craig Erwich", "hulu", "SVP, Scripted Originals", "US", ["drama", "comedy"],
     ["series", "limited series"], "2019-07-31", S["hulu_2019"], None),
    ("hilary-rosen", "Hilary Rosen", "uktv", "Director of Commissioning", "UK",
     ["comedy", "factual entertainment", "entertainment"], ["series"], None, S["uktv"],
     "UKTV commissions all year round with no commissioning rounds and no preferred-suppliers list, from "
     "indies of every size across the UK; bring the ideas you are most excited about."),
]

# executive id, text, date, source
MANDATES = [
    ("polly-hill", "Drama at ITV is populist and unashamedly mainstream: broad appeal but authored and British, "
     "resonating with contemporary Britain.", None, S["itv_drama"]),
    ("polly-hill", "ITV1 wants a fresh take on police procedurals, crime thrillers and contemporary mystery "
     "thrillers, with substantial points of difference, and well-known true stories that need telling now.",
     None, S["itv_drama"]),
    ("kevin-lygo", "ITV wants ideas from the regions, about the regions and produced by the regions, for both "
     "ITV1 and ITVX.", None, S["itv_amplify"]),
    ("ben-frow", "Homegrown drama is the missing ingredient from Channel 5's schedules; a slate of original "
     "British dramas from late 2018 onward.", None, S["c5_drama"]),
    ("ben-frow", "Broaden the channel and take calculated risks: a procedural crime drama that sits alongside "
     "popular factual and glossy US acquisitions.", "2013-08-22", S["c5_evidence"]),
    ("ben-frow", "A varied supply chain of UK indies of all sizes, backgrounds and geographies, including "
     "diverse-led indies in primetime.", None, S["c5_indie"]),
    ("ben-frow", "Channel 5 will keep defying those who say linear television is dead: crime, countryside "
     "and documentaries for audiences outside London.", "2021-08-24", S["c5_yorkshire"]),
    ("daniel-pearl", "No more programmes about Yorkshire or large Yorkshire families; he is looking for "
     "different stories, such as Jay Blades recalling 1970s Hackney.", "2021-08-24", S["c5_yorkshire"]),
    ("guy-davies", "Everyday stories from around the UK: observational documentary series on money problems, "
     "hospital emergency departments and knife crime.", None, S["c5_loan"]),
    ("dan-louw", "Presenter-led factual series exploring British landmarks and history.", None, S["c5_hadrian"]),
    ("cameron-roach", "First commissions as Sky's drama chief: a period drama adapted from Anaïs Nin's "
     "stories and a sci-fi drama set in the 23rd century.", "2019-02-19", S["sky_2019"]),
    ("elaine-pyke", "Sky Atlantic, launched around HBO series, is adding its own commissions: observational "
     "documentary, treasure-hunting factual and a primetime psychological gameshow.", "2011-05-05", S["sky_atl"]),
    ("amanda-rees", "Great things happen when broadcasters such as S4C and BBC Wales join forces on Welsh "
     "drama of scale, shot in Welsh and English.", "2018-10-04", S["s4c_faith"]),
    ("gwenllian-gravelle", "Welsh crime drama that showcases iconic Welsh locations with a personal spin on "
     "the procedural.", None, S["s4c_cleddau"]),
    ("jane-gogan", "Irish crime drama of the moment: opportunism meeting Irish and globalised crime.", None,
     S["rte_taken"]),
    ("dermot-horan", "Working with international partners such as BBC Studios lets RTÉ develop more Irish "
     "drama with Irish producers, directors and writers.", None, S["rte_smother"]),
    ("dee-forbes", "Develop emerging Irish creative talent with Screen Ireland: high-end drama and comedy for "
     "younger audiences on RTÉ2.", None, S["rte_init"]),
    ("sally-catto", "Canadian comedy from authentic original voices, sketch and stand-up that captures the "
     "times and reflects a sense of Canadian identity.", "2023-03-23", S["cbc_2023"]),
    ("nick-forward", "Stan Originals of scale with international partners such as Disney's ABC Studios; "
     "genre-bending crime drama shot in Tasmania.", "2018-06-05", S["stan_2018"]),
    ("cailah-scobie", "Back distinctive voices and tell Australian stories that resonate at home and "
     "internationally, with an international partner on each show.", "2023-07-20", S["stan_2023"]),
    ("anna-croneman", "Two or three long-running returning series a year like The Bonus Family and The "
     "Restaurant, one mini-series and three six-episode SVT exclusives, not only dark drama and crime.", None, S["svt"]),
    ("ingolf-gabold", "Commissioned Borgen for DR while doubting that a Danish coalition-politics drama "
     "would travel.", None, S["dr"]),
    ("craig-erwich", "Shows that reflect the culture and become part of the conversation, across a wide "
     "variety of genres.", None, S["hulu_2018"]),
    ("craig-erwich", "A curatorial approach to scripted originals rather than throwing a million things at "
     "the wall.", None, S["hulu_2020"]),
    ("hilary-rosen", "Brand-defining ideas from comedy, formats and factual entertainment to ob docs and "
     "scripted, always with an entertainment spin, that could travel internationally.", None, S["uktv_charter"]),
]

# buyer, title, date, genres, format, region, executives, source, logline
HAND_GREENLIGHTS = [
    ("itv", "Bancroft (series 2)", "2018-02-13", ["drama", "crime"], "series", "UK", ["polly-hill"], S["itv_bancroft"],
     "DCI Elizabeth Bancroft is promoted, estranged from her son and tied to a crime boss."),
    ("itv", "The Bay", "2018-02-13", ["drama", "crime"], "series", "UK", ["polly-hill"], S["itv_bancroft2"],
     "A detective sergeant on a missing-persons case in Morecambe Bay has a personal connection to it."),
    ("itv", "Finding Alice (series 2)", "2021-03-01", ["drama"], "series", "UK", [], S["itv_alice"],
     "A year on, Alice decides to have her dead husband's baby."),
    ("channel-5", "Evidence", "2013-08-22", ["drama", "crime", "procedural"], "series", "UK", ["ben-frow"],
     S["c5_evidence"], "Three detectives crack ten self-contained cases."),
    ("channel-5", "And Proud...", "2013-08-22", ["documentary", "factual"], "docuseries", "UK", [], S["c5_evidence"],
     "Britain's most brazen petty criminals and people who know how to work the welfare state."),
    ("channel-5", "Special Needs Hotel", "2014-08-15", ["documentary", "observational documentary"], "docuseries",
     "UK", [], S["c5_2014"], "A Somerset hotel staffed by young people with learning disabilities."),
    ("channel-5", "Britain's Bloodiest Dynasty: The Plantagenets", "2014-08-15", ["history", "docudrama"], "series",
     "UK", [], S["c5_2014"], "Dan Jones on the violent family that ruled England."),
    ("channel-5", "Saving Babies", "2014-08-15", ["documentary", "medical"], "docuseries", "UK", [], S["c5_2014"],
     None),
    ("channel-5", "Alex Polizzi's Secret Italy", "2014-08-15", ["travel", "factual"], "series", "UK", [], S["c5_2014"],
     None),
    ("sky", "Guerrilla", "2016-04-21", ["drama", "period drama", "political"], "limited series", "UK", [], S["sky_2016"],
     "A politically active couple form a radical underground cell in 1970s London."),
    ("sky", "Tin Star", "2016-04-21", ["drama", "thriller", "western"], "series", "UK", [], S["sky_2016"],
     "An ex-Met detective becomes police chief in a Rocky Mountains town: a modern take on the Western."),
    ("sky", "Delicious", "2016-04-21", ["drama", "comedy"], "series", "UK", [], S["sky_2016"],
     "A passionate cook and her ex-husband, a chef and hotel owner with a secret."),
    ("sky", "Little Birds", "2019-02-19", ["drama", "period drama"], "series", "UK", ["cameron-roach"], S["sky_2019"],
     "An American debutante arrives in 1955 Tangier for her marriage."),
    ("sky", "Intergalactic", "2019-02-19", ["sci-fi", "drama"], "series", "UK", ["cameron-roach"], S["sky_2019"],
     "Female convicts break free in the 23rd century."),
    ("sky", "Cobra (series 2)", "2020-02-12", ["drama", "thriller", "political"], "series", "UK", [], S["sky_2020"],
     "An assassination on British soil unleashes a new crisis for the Prime Minister."),
    ("sky", "Sweetpea", "2020-02-12", ["drama", "comedy", "thriller"], "series", "UK", [], S["sky_2020"],
     "An average girl next door hides a long-buried secret."),
    ("sky", "Brixham – Fish Town", "2011-05-05", ["documentary", "observational documentary"], "docuseries", "UK", [],
     S["sky_atl"], "Britain's oldest fishing port."),
    ("sky", "The Devil's Dinner Party", "2011-05-05", ["game show", "entertainment"], "series", "UK", [], S["sky_atl"],
     "A primetime psychological gameshow."),
    ("s4c", "Ar y Ffin / Mudtown", "2024-04-28", ["drama", "legal drama", "crime"], "series", "Wales", [],
     S["s4c_mudtown"], "A magistrate in Newport faces personal turmoil while presiding over cases."),
    ("s4c", "Un Bore Mercher / Keeping Faith (series 2)", "2018-10-04", ["drama", "thriller"], "series", "Wales",
     ["amanda-rees"], S["s4c_faith"], "Faith Howells picks up the pieces after her husband's disappearance."),
    ("rte", "Clean Sweep", "2023-03-30", ["drama", "thriller"], "series", "Ireland", [], S["rte_2023"],
     "A stay-at-home mum's past catches up with her."),
    ("rte", "The Gone", "2023-03-30", ["drama", "crime", "thriller"], "series", "Ireland", [], S["rte_2023"],
     "Two young Irish people go missing in New Zealand."),
    ("rte", "Obituary", "2023-03-30", ["comedy", "drama", "crime"], "series", "Ireland", [], S["rte_2023"],
     "A local journalist's descent from obit writer to serial killer on the Wild Atlantic Way."),
    ("rte", "Blackshore", "2023-03-30", ["drama", "mystery", "thriller"], "series", "Ireland", [], S["rte_2023"],
     "A detective returns to her hometown when a local woman disappears."),
    ("cbc", "Run the Burbs (season 3)", "2023-03-23", ["comedy", "family"], "series", "Canada", ["sally-catto"],
     S["cbc_2023"], "The Phams take a different approach to living life to the fullest in the suburbs."),
    ("cbc", "Son of a Critch (season 3)", "2023-03-23", ["comedy"], "series", "Canada", ["sally-catto"], S["cbc_2023"],
     "Mark Critch coming of age in 1980s St. John's, Newfoundland."),
    ("cbc", "This Hour Has 22 Minutes (season 31)", "2023-03-23", ["comedy", "sketch comedy"], "series", "Canada",
     ["sally-catto"], S["cbc_2023"], "Long-running sketch comedy."),
    ("cbc", "Schitt's Creek (season 2)", "2015-01-12", ["comedy"], "series", "Canada", [], S["cbc_schitt"],
     "A wealthy family goes broke and moves to a small town they once bought as a joke."),
    ("cbc", "The Ron James Show (season 2)", "2010-02-05", ["comedy", "sketch comedy"], "series", "Canada", [],
     S["cbc_2010"], None),
    ("cbc", "Men with Brooms", "2010-02-05", ["comedy", "sports"], "series", "Canada", [], S["cbc_2010"],
     "A sitcom built on curling, from the 2002 Paul Gross film."),
    ("cbc", "Insecurity", "2010-02-05", ["comedy"], "series", "Canada", [], S["cbc_2010"], None),
    ("cbc", "The Romeo Section", "2015-03-04", ["drama", "thriller", "spy"], "series", "Canada", [], S["cbc_2015"],
     "A veteran agent seeks to recruit a highly sought informant in Vancouver."),
    ("cbc", "Kim's Convenience", "2015-03-04", ["comedy", "family"], "series", "Canada", [], S["cbc_2015"], None),
    ("cbc", "Keeping Canada Alive", "2015-03-04", ["documentary", "medical"], "docuseries", "Canada", [], S["cbc_2015"],
     "Sixty cameras capture 24 hours of the health-care system coast to coast."),
    ("stan", "Wolf Creek (series 2)", "2017-02-09", ["horror", "thriller"], "series", "Australia", [], S["stan_2017"],
     None),
    ("stan", "One Night Stan", "2017-02-09", ["comedy", "stand-up"], "special", "Australia", [], S["stan_2017"],
     "Comedy specials with Tom Ballard, Sam Simmons and Wil Anderson."),
    ("stan", "The Gloaming", "2018-06-05", ["drama", "crime", "mystery"], "series", "Australia", ["nick-forward"],
     S["stan_2018"], "A troubled female cop investigates the murder of an unidentified woman in Tasmania."),
    ("stan", "The Commons", "2019-06-26", ["drama", "thriller", "sci-fi"], "series", "Australia", ["nick-forward"],
     S["stan_2019"], "A thriller at the intersection of climate change and biotechnology."),
    ("stan", "Thou Shalt Not Steal", "2023-07-20", ["drama", "comedy"], "series", "Australia", ["cailah-scobie"],
     S["stan_2023"], "A young Aboriginal delinquent escapes detention in 1980s outback Australia."),
    ("stan", "Exposure", "2023-07-20", ["drama", "mystery", "thriller"], "series", "Australia", ["cailah-scobie"],
     S["stan_2023"], "A coastal mystery thriller."),
    ("stan", "Invisible Boys", "2023-07-20", ["drama", "lgbtq"], "series", "Australia", ["cailah-scobie"],
     S["stan_2023"], "A closeted gay teenager in small-town Western Australia."),
    ("stan", "Critical Incident", "2024-03-12", ["drama", "crime"], "series", "Australia", [], S["stan_2024"], None),
    ("stan", "Sunny Nights", "2024-03-12", ["comedy"], "series", "Australia", [], S["stan_2024"], None),
    ("stan", "Watching You", "2024-03-12", ["thriller"], "series", "Australia", [], S["stan_2024"], None),
    ("stan", "Good Cop / Bad Cop", "2024-03-12", ["comedy", "crime"], "series", "Australia", [], S["stan_2024"], None),
    ("stan", "Nugget", "2024-03-12", ["family", "comedy"], "feature", "Australia", [], S["stan_2024"],
     "A 2024 Christmas film."),
    ("stan", "Trailblazers", "2024-03-12", ["documentary", "sports"], "docuseries", "Australia", [], S["stan_2024"],
     "Following the journey of the Matildas."),
    ("stan", "Black Snow (season 2)", "2024-03-12", ["drama", "crime"], "series", "Australia", [], S["stan_2024"], None),
    ("stan", "Scrublands (season 2)", "2024-03-12", ["drama", "crime"], "series", "Australia", [], S["stan_2024"], None),
]

RENAME = {"documentaries": "documentary", "science fiction": "sci-fi", "game shows": "game show",
          "stand up": "stand-up", "cooking & food": "cooking", "lifestyle & culture": "lifestyle",
          "science & technology": "science", "health & wellness": "health"}


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def hulu(path: str, taken: set[str]) -> list[dict]:
    out, seen = [], set()
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    for r in rows:
        if not r["date_added"] or not r["release_year"]:
            continue
        d = dt.datetime.strptime(r["date_added"].strip(), "%d-%b-%y").date()
        if str(d.year) != r["release_year"].strip():
            continue
        genres = [RENAME.get(g.strip().lower(), g.strip().lower()) for g in r["listed_in"].split(",") if g.strip()]
        if r["type"] == "TV Show":
            fmt = "docuseries" if "documentary" in genres else "series"
        elif "stand-up" in genres:
            fmt = "special"
        else:
            continue
        gid = "hulu--" + slug(r["title"])
        if gid in seen or slug(r["title"]) in taken:
            continue
        seen.add(gid)
        country = (r["country"] or "").split(",")[0].strip()
        rec = {"type": "greenlight", "id": gid, "title": r["title"].strip(), "buyer": "hulu", "date": d.isoformat(),
               "genres": genres, "format": fmt, "region": country or "US", "executives": []}
        if (r.get("description") or "").strip():
            rec["logline"] = r["description"].strip()
        rec["source"] = HULU_SRC
        out.append(rec)
    out.sort(key=lambda g: (g["date"], g["id"]))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    recs: list[dict] = []
    for cid, name, kind, region, aliases, src in COMPANIES:
        recs.append({"type": "company", "id": cid, "name": name, "kind": kind, "region": region,
                     "aliases": aliases, "source": src})
    for eid, name, comp, title, region, genres, formats, upd, src, pp in EXECS:
        rec = {"type": "executive", "id": eid, "name": name, "company": comp, "title": title, "region": region,
               "genres": genres, "formats": formats}
        if pp:
            rec["pitch_process"] = pp
        if upd:
            rec["updated_at"] = upd
        rec["source"] = src
        recs.append(rec)
    n: dict[str, int] = {}
    for eid, text, date, src in MANDATES:
        n[eid] = n.get(eid, 0) + 1
        rec = {"type": "mandate", "id": f"{eid}-{n[eid]}", "executive": eid, "text": text, "source": src}
        if date:
            rec["date"] = date
        recs.append(rec)
    taken = set()
    for buyer, title, date, genres, fmt, region, execs, src, logline in HAND_GREENLIGHTS:
        rec = {"type": "greenlight", "id": f"{buyer}--{slug(title)}", "title": title, "buyer": buyer, "date": date,
               "genres": genres, "format": fmt, "region": region, "executives": execs}
        if logline:
            rec["logline"] = logline
        rec["source"] = src
        recs.append(rec)
        taken.add(slug(title))
    recs.extend(hulu(argv[1], taken))
    for r in recs:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
