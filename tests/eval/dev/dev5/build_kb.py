#!/usr/bin/env python3
"""Build the dev5 `mw ask` knowledge base from real public data.

    python tests/eval/dev/dev5/build_kb.py > tests/eval/dev/dev5/kb.jsonl

DEVELOPMENT data (the code may be tuned on it). Every record is hand-entered from the public page cited in its
`source` (trade press, broadcaster press releases, upfront reports, interviews), found with the read-only
`search` tool. People are in the roles the source describes AS OF THE SOURCE'S DATE; many have moved on since.
The KB is a snapshot, not current information. No record is fictional. Output is deterministic.

Buyers are limited to Starz, MGM+, BritBox, Acorn TV, Shudder, BET+, Tubi, CBS, NBC, Fox, The CW, TF1,
France Televisions, Mediaset, RTL, SBS (Australia), Nine, Seven, Network 10, Discovery, National Geographic,
A+E, Bravo and TLC (other buyers are kept for other sets).

Dates: a greenlight is dated with the date of the page that reports the order or slate announcement; where the
page gives only a month (a URL such as /2018/10/, "2019-01" archive pages), the first of that month. Genres and
formats are what the page says; `executives` is filled only where the page names the executive who ordered,
presented or is quoted on that title.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata

S = dict(
    # Starz
    starz_busby_2023="https://www.nexttv.com/features/the-five-spot-kathryn-busby-president-of-original-programming-starz",
    starz_busby_2021="https://www.c21media.net/news/starz-hires-sony-pictures-televisions-kathryn-busby-as-president-of-original-programming/",
    starz_2022="https://universomovieforward.com/2022/08/11/chefe-de-programacao-da-starz-kathryn-busby-no-spin-off-de-outlander-se-mais-party-down-e-possivel-e-qual-show-power-nao-seguira-em-frente/",
    # MGM+
    mgm_2021="https://deadline.com/2021/03/epix-boss-michael-wright-to-replace-steve-stark-at-mgm-ua-television-1234711420/",
    mgm_2023="https://malaysia.news.yahoo.com/mgm-head-michael-wright-rebranding-213150296.html",
    mgm_tca="https://malaysia.news.yahoo.com/mgm-chief-says-comes-ending-220256495.html",
    # Acorn TV
    acorn_klees="https://worldscreen.com/tvdrama/acorn-tvs-drama-strategy",
    acorn_stevens="https://www.emmys.com/node/382496",
    # Shudder
    shudder_engler="https://ferroformmetals.com/how-shudder-became-the-home-of-horror-and-the-genre-phenomenon-of-2020-host.html",
    shudder_2019="https://www.kwit.org/post/shudder-puts-screaming-streaming-video",
    shudder_creepshow="https://www.slashfilm.com/570122/creepshow-season-2-ordered-by-shudder/",
    shudder_2021="https://www.showbizjunkies.com/tv/shudder-61-days-halloween-horror-2021/",
    shudder_host="https://www.indiewire.com/2020/10/shudder-success-streaming-horror-service-1234593455/",
    shudder_zimmerman="https://dailydead.com/horror-highlights-the-demon-disorder-handling-the-undead-cthulhu-the-musical-ba-wrong-way-out/",
    # BET+, Tubi
    betplus="http://webproxy.stealthy.co/index.php?q=https%3A%2F%2Fplay.google.com%2Fstore%2Fapps%2Feditorial%3Fid%3Dmc_apps_editorial_bhm2024_3p_bet_devin_griffin_fcp",
    tubi="https://worldscreen.com/adam-lewinson-talks-tubi-expansion/",
    tubi_fast="https://worldscreen.com/adam-lewinson-talks-tubi-strategy/",
    # CBS
    cbs_2024="https://tvseriesfinale.com/tv-show/fbi-ncis-origins-blue-bloods-swat-elsbeth-ghosts-cbs-sets-full-2024-25-schedule-with-new-and-returning-series/",
    cbs_2025="https://www.tvgrapevine.com/cbs-announces-2025-2026-primetime-schedule/",
    cbs_reisenbach="https://uk.news.yahoo.com/amy-reisenbach-cbs-switching-long-212358961.html",
    cbs_ankler="https://theankler.com/p/cbs-president-amy-reisenbach-how-we-pick-shows",
    # NBC
    nbc_2026="https://www.nbcuniversal.com/article/nbc-and-peacock-scripted-content-president-lisa-katz-bringing-back-pilot-season",
    nbc_2025="https://hive.news/news/nbc-pilot-buzz-stumble-heats-up-as-peacock-s-the-office-follow-up-the-paper-mulls-broadcast-run?uid=268121",
    # Fox
    fox_2025="https://www.videoageinternational.net/2025/05/12/news/fox-presents-2025-2026-slate/",
    fox_thorn_2025="https://worldscreen.com/fox-touts-18-49-appeal-in-upfronts-pitch/",
    fox_2022="https://deadline.com/2022/01/fox-animation-push-1234914043/",
    # The CW
    cw_schwartz="https://www.thewrap.com/the-cw-president-brad-schwartz-interview/",
    cw_2023="https://comicbook.com/tv-shows/news/the-cw-the-librarians-spinoff-sequel-series-librarians-the-next-chapter/",
    cw_sullivan="https://collider.com/sullivans-crossing-season-2-renewed/",
    cw_wild="https://www.mikehughes.tv/2023/12/04/cw-re-stocks-its-canadian-drama-night/",
    cw_wranglers="https://cartermatt.com/663074/the-librarians-the-next-chapter-pulled-from-the-cws-schedule/",
    # TF1
    tf1_2017a="http://www.strategies.fr/actualites/medias/1056683W/fiction-les-projets-de-tf1.html",
    tf1_2017b="http://www.rtl.fr/culture/cine-series-jeux-video/tf1-planche-sur-deux-series-dans-l-esprit-de-downton-abbey-7789296888",
    tf1_2021="https://www.rtl.be/info/monde/international/tf1-promet-sa-rentree-la-plus-riche-et-variee-en-fictions-1321775.aspx",
    tf1_2025="https://information.tv5monde.com/economie/tf1-creuse-le-sillon-des-fictions-historiques-pour-une-saison-conquerante-2779160",
    tf1_viau="https://lemediaplus.com/a-viau-tf1-on-na-pas-attendu-les-plateformes-pour-produire-des-fictions-de-grande-qualite",
    tf1_didier="https://lemediaplus.com/a-didier-group",
    # France Televisions
    ftv_2016="https://kelnews.fr/2016/09/26/france-2-affiche-des-ambitions-sans-limites/",
    ftv_2017="http://www.jeanmarcmorandini.com/article-372492-france-2-annonce-que-cette-saison-l-accent-sera-mis-sur-les-series-qui-seront-la-priorite.html",
    # Mediaset
    med_2017="http://www.primaonline.it/2017/03/25/255044/cercasi-antieroi/",
    med_2018="http://www.tvzoom.it/2018/06/11/66268/daniele-cesarano-sabrina-ferilli-gianni-morandi-barbara-durso-",
    med_2021="https://www.tvsoap.it/2021/12/fiction-mediaset-2022-canale5-nuove-serie-tv-anticipazioni/",
    med_2022="https://bubinoblog.altervista.org/fiction-mediaset-nuova-serie-con-massimo-ranieri-chi-cerca-innovazione-va-altrove/",
    # RTL
    rtl_2017="https://media.rtl.com/pressemitteilung/Fiction-Offensive-wird-fortgesetzt-Entwicklung-von-fuenf-weiteren-Serien-und-vier-Sitcoms",
    rtl_2019="https://www.horizont.net/medien/nachrichten/screenforce-days-rtlverfilmt-diehitler-tagebuecherals-serie-und-setzt-auf-live-events-175753",
    rtl_2025="https://ad-alliance.de/cms/news/medienmarken/tv/portfolio/rtl-deutschland/fiction-bei-rtl-deutschland.html",
    rtl_2025b="https://the-spot-mediafilm.com/hintergrund/hauke-bartel-zu-mehr-der-lehrer-club-der-roten-baender-menschen-suchen-bei-uns-das-besondere-wir-gefuehl/",
    rtl_2021="https://www.dwdl.de/bildschirmhelden2021/85717/hauke_bartel_der_mann_frs_nchste_kapitel_der_rtlfiction/",
    # SBS
    sbs_eckersley="https://www.if.com.au/julie-eckersley-named-head-of-scripted-at-sbs/",
    sbs_legha="https://forums.mediaspy.org/t/sbs-operations/552?page=15",
    sbs_2020="https://tvtonight.com.au/2020/11/2021-upfronts-sbs.html",
    sbs_2025="https://if.com.au/sbs-upfront-the-chaplain-three-digital-originals-and-john-safran-doc-in-2026-line-up/",
    # Nine
    nine_2020="https://www.if.com.au/nine-network-maintains-faith-in-local-dramas-and-factual-entertainment/",
    nine_2019="https://www.nineforbrands.com.au/2019/01/",
    nine_2015="https://www.screenaustralia.gov.au/sa/screen-news/2015/11-04-new-sitcom-and-favourite-dramas-to-return-to",
    # Seven
    seven_2016="http://tvtonight.com.au/2016/10/upfronts-2017-seven-highlights.html",
    seven_2018="https://tvtonight.com.au/2018/10/ambitious-and-top-secret-dramas-in-2019.html",
    seven_2015="https://screenaustralia.gov.au/sa/screen-news/2015/10-28-jessica-mauboy-and-rebecca-gibney-set-to-sta",
    seven_2023="https://tvtonight.com.au/2023/10/upfronts-2024-seven-network.html",
    seven_2023b="https://if.com.au/seven-to-bring-made-in-down-under-orders-more-rfds",
    seven_2024="https://7news.com.au/entertainment/inside-media-shaun-micallef-joins-dancing-with-the-stars-and-jim-jefferies-to-lead-all-star-comedy-line-up-in-sevens-2025-program-line-up-c-16732431",
    # Network 10
    ten_2022="https://if.com.au/paramount-anz-to-bring-drama-and-comedy-in-2023/",
    ten_2023="https://www.mediaweek.com.au/in-pictures-paramount-melbourne-upfront/",
    ten_2017="https://if.com.au/ten-unveils-new-drama-comedies-pilots-week/",
    # Discovery
    disc_2019="https://broadwayworld.com/bwwtv/article/Ellen-DeGeneres-to-Produce-WILDLIFE-WARRIORS-for-Discovery-Channel-20190408",
    disc_2021="https://realscreen.com/2021/05/18/discovery-upfront-shark-diving-space-travel-dating-and-dog-shows-on-tap/",
    disc_2013="http://realscreen.com/2013/01/15/discovery-changes-the-script/",
    disc_craig="https://www.nexttv.com/news/discovery-international-greenlights-new-series-388970",
    disc_nordics="https://www.c21media.net/department/content-trends/all-bets-are-off/",
    disc_lee="https://sg.news.yahoo.com/discovery-channel-boss-howard-lee-200004582.html",
    # National Geographic
    ng_2019="https://www.broadcastingcable.com/news/tca-2019-courteney-monroe-disney-plus-exposure-will-expand-nat-geo-audience-reach",
    ng_2018="https://www.washingtonpost.com/lifestyle/magazine/national-geographic-goes-hollywood-in-its-own-sort-of-way/2018/01/09/9499ea5e-d529-11e7-a986-d0a9770d9a3e_story.html",
    ng_2015="https://www.hollywoodreporter.com/news/nat-geos-global-chief-talks-844699",
    ng_2016="https://www.hollywoodreporter.com/news/national-geographic-networks-ceo-originals-push-at-london-mars-event-940017",
    # TLC
    tlc_2020="https://realscreen.com/2020/08/28/edinburgh-20-tlcs-howard-lee-on-whats-hot-whats-not-for-the-net/",
    tlc_2023="https://nexttv.com/news/from-milf-manor-to-90-day-fiance-its-all-reality-for-tlc",
    # A+E
    ae_playback="https://playbackonline.ca/?p=158336",
    ae_2018="https://www.broadcastnow.co.uk/international/aande-us-channel-makes-room-to-experiment/5128028.article",
    hist_2017="https://www.nexttv.com/news/history-greenlights-more-100-hours-original-documentaries-164142",
    hist_2010="https://www.nexttv.com/news/upfronts-2010-history-unveils-15-new-original-part-2010-11-programming-slate-36397",
    ae_2013="https://tva.onscreenasia.com/2013/05/ae-networks-announces-20132014-upfront-slate",
    # Bravo
    bravo_2025="https://noosnetwork.com/bravos-top-exec-shares-why-they-dont-film-housewives-while-a-new-season-is-airing",
    bravo_cohen="http://www.hollywoodreporter.com/lists/frances-berwick-andy-cohen-175012",
    # BritBox
    bb_2020="https://www.hollywoodreporter.com/news/britbox-orders-jared-harris-irvine-welsh-originals-1303938",
    bb_2022="https://www.newsbreak.com/news/2699015168614/britbox-boss-takes-gentle-swipe-at-rival-streamer-s-uk-content-they-re-what-we-would-call-british-ish-tca",
    bb_honour="https://upnewsinfo.com/2020/04/24/britbox-boards-keeley-hawes-crime-drama-set-autumn-release-up-news-info/",
)

# id, name, kind, region, aliases, source
COMPANIES = [
    ("starz", "Starz", "network", "US", ["STARZ"], S["starz_busby_2023"]),
    ("mgm-plus", "MGM+", "streamer", "US", ["MGM Plus", "Epix"], S["mgm_2023"]),
    ("britbox", "BritBox", "streamer", "UK", ["BritBox International"], S["bb_2022"]),
    ("acorn-tv", "Acorn TV", "streamer", "US", ["Acorn"], S["acorn_klees"]),
    ("shudder", "Shudder", "streamer", "US", [], S["shudder_engler"]),
    ("bet-plus", "BET+", "streamer", "US", ["BET Plus"], S["betplus"]),
    ("tubi", "Tubi", "streamer", "US", [], S["tubi"]),
    ("cbs", "CBS", "network", "US", ["CBS Entertainment"], S["cbs_2025"]),
    ("nbc", "NBC", "network", "US", [], S["nbc_2026"]),
    ("fox", "Fox", "network", "US", ["FOX", "Fox Entertainment"], S["fox_2025"]),
    ("the-cw", "The CW", "network", "US", ["CW", "The CW Network"], S["cw_schwartz"]),
    ("tf1", "TF1", "network", "France", ["Groupe TF1", "TF1+"], S["tf1_2025"]),
    ("france-televisions", "France Télévisions", "network", "France", ["France TV", "France 2"], S["ftv_2017"]),
    ("mediaset", "Mediaset", "network", "Italy", ["Canale 5", "Fiction Mediaset"], S["med_2021"]),
    ("rtl", "RTL Deutschland", "network", "Germany", ["RTL", "RTL+"], S["rtl_2025"]),
    ("sbs", "SBS", "network", "Australia", ["SBS Australia", "SBS On Demand"], S["sbs_2025"]),
    ("nine", "Nine Network", "network", "Australia", ["Nine", "Channel 9", "9Now"], S["nine_2020"]),
    ("seven", "Seven Network", "network", "Australia", ["Seven", "Channel 7", "7plus"], S["seven_2023"]),
    ("network-10", "Network 10", "network", "Australia", ["Network Ten", "Channel 10", "Ten"], S["ten_2022"]),
    ("discovery", "Discovery", "network", "US", ["Discovery Channel", "Discovery+", "Science Channel"], S["disc_2021"]),
    ("nat-geo", "National Geographic", "network", "Global", ["Nat Geo", "National Geographic Channel"], S["ng_2019"]),
    ("a-and-e", "A+E Networks", "network", "US", ["A+E", "A&E", "History", "History Channel"], S["ae_playback"]),
    ("bravo", "Bravo", "network", "US", [], S["bravo_2025"]),
    ("tlc", "TLC", "network", "US", [], S["tlc_2020"]),
]

# id, name, company, title, region, genres, formats, updated_at, source, pitch_process
EXECS = [
    ("kathryn-busby", "Kathryn Busby", "starz", "President of Original Programming, Starz", "US",
     ["drama", "period drama", "romance", "comedy"], ["series", "limited series"], "2023-05-30",
     S["starz_busby_2023"], None),
    ("michael-wright", "Michael Wright", "mgm-plus", "Head of MGM+ (formerly President, Epix)", "US",
     ["drama", "thriller", "sci-fi", "true crime", "comedy"], ["series", "limited series", "docuseries"],
     "2023-01-15", S["mgm_2023"], None),
    ("don-klees", "Don Klees", "acorn-tv", "SVP Programming, Acorn TV", "US", ["crime", "drama", "mystery"],
     ["series", "co-production"], None, S["acorn_klees"], None),
    ("mark-stevens", "Mark Stevens", "acorn-tv", "President, Acorn Brands (RLJ Entertainment)", "US",
     ["drama", "mystery"], ["acquisition"], "2016-12-20", S["acorn_stevens"], None),
    ("craig-engler", "Craig Engler", "shudder", "General Manager, Shudder", "US", ["horror", "thriller", "supernatural"],
     ["series", "feature", "docuseries"], None, S["shudder_engler"],
     "Shudder hears pitches through creators' representatives and can move fast: Host came in from the director's "
     "manager as a six-page deck and went from pitch to streaming in 12 weeks."),
    ("samuel-zimmerman", "Samuel Zimmerman", "shudder", "Head of Programming, Shudder", "US",
     ["horror", "body horror"], ["feature", "acquisition"], None, S["shudder_zimmerman"], None),
    ("devin-griffin", "Devin Griffin", "bet-plus", "General Manager, BET+", "US", ["drama", "comedy"],
     ["series", "tv movie"], None, S["betplus"], None),
    ("adam-lewinson", "Adam Lewinson", "tubi", "Chief Content Officer, Tubi", "US", [], ["acquisition", "feature"],
     None, S["tubi"], None),
    ("amy-reisenbach", "Amy Reisenbach", "cbs", "President, CBS Entertainment", "US",
     ["drama", "crime", "comedy", "legal", "medical"], ["series"], None, S["cbs_reisenbach"], None),
    ("lisa-katz", "Lisa Katz", "nbc", "President, Scripted Content, NBC and Peacock", "US", ["drama", "comedy", "crime"],
     ["series", "pilot"], "2026-03-03", S["nbc_2026"], None),
    ("michael-thorn", "Michael Thorn", "fox", "President, Fox Television Network (Fox Entertainment)", "US",
     ["drama", "comedy", "animation", "thriller"], ["series", "limited series"], "2025-05-12", S["fox_thorn_2025"],
     None),
    ("rob-wade", "Rob Wade", "fox", "CEO, Fox Entertainment", "US", ["reality", "competition", "game show"],
     ["series", "special"], "2025-05-12", S["fox_2025"], None),
    ("brad-schwartz", "Brad Schwartz", "the-cw", "President of Entertainment, The CW", "US",
     ["drama", "comedy", "reality", "fantasy"], ["series", "acquisition", "co-production"], "2023-07-07",
     S["cw_schwartz"],
     "The CW acquires finished series, often Canadian, and joins later seasons as a creative partner or co-producer; "
     "it does not write big per-episode cheques for new originals, so acquisitions that can turn into "
     "co-productions are the way in."),
    ("marie-guillaumond", "Marie Guillaumond", "tf1", "Directrice de la fiction, TF1", "France",
     ["drama", "crime", "period drama"], ["series", "limited series"], "2017-07-11", S["tf1_2017b"], None),
    ("anne-viau", "Anne Viau", "tf1", "Directrice artistique de la fiction française, TF1", "France",
     ["drama", "comedy", "family"], ["series", "tv movie"], None, S["tf1_viau"], None),
    ("anne-didier", "Anne Didier", "tf1", "Head of French Fiction, Groupe TF1", "France",
     ["drama", "crime", "comedy", "romance"], ["series", "tv movie", "daily drama"], None, S["tf1_didier"], None),
    ("fabrice-bailly", "Fabrice Bailly", "tf1", "Directeur des programmes et des acquisitions, TF1", "France",
     ["drama", "period drama", "entertainment"], ["series", "acquisition"], "2025-07-01", S["tf1_2025"], None),
    ("fanny-rondeau", "Fanny Rondeau", "france-televisions", "Directrice de l'unité fiction, France 2", "France",
     ["drama", "thriller", "comedy", "supernatural"], ["series", "limited series"], "2017-09-01", S["ftv_2017"], None),
    ("daniele-cesarano", "Daniele Cesarano", "mediaset", "Direttore Fiction (Head of Drama), Mediaset", "Italy",
     ["drama", "crime", "family drama", "romance"], ["series"], "2021-12-01", S["med_2021"], None),
    ("hauke-bartel", "Hauke Bartel", "rtl", "Head of Fiction, RTL Deutschland", "Germany",
     ["drama", "crime", "fantasy", "young adult", "thriller"], ["series"], "2025-02-13", S["rtl_2025"], None),
    ("philipp-steffens", "Philipp Steffens", "rtl", "Head of RTL Fiction", "Germany",
     ["comedy", "dramedy", "legal", "medical", "crime"], ["series", "sitcom"], "2017-09-19", S["rtl_2017"], None),
    ("julie-eckersley", "Julie Eckersley", "sbs", "Head of Scripted, SBS", "Australia", ["drama", "comedy"],
     ["series", "limited series"], "2021-06-24", S["sbs_eckersley"], None),
    ("nakul-legha", "Nakul Legha", "sbs", "Head of Scripted, SBS", "Australia", ["drama"], ["short-form series"], None,
     S["sbs_legha"],
     "Short-form drama reaches SBS through Digital Originals, run with NITV and Screen Australia: teams apply, ten are "
     "shortlisted for a workshop and pitch to SBS, NITV and Screen Australia; up to five get development funding and "
     "up to three are commissioned for SBS On Demand, SBS VICELAND and NITV."),
    ("hamish-turner", "Hamish Turner", "nine", "Program Director, Nine Network", "Australia",
     ["reality", "factual entertainment", "drama"], ["series"], "2020-09-16", S["nine_2020"], None),
    ("andy-ryan", "Andy Ryan", "nine", "Co-Head of Drama, Nine", "Australia", ["drama", "crime", "thriller"],
     ["series", "limited series", "tv movie"], "2019-01-01", S["nine_2019"], None),
    ("angus-ross", "Angus Ross", "seven", "Director of Network Programming, Seven", "Australia",
     ["drama", "true crime", "reality", "biopic", "dating"], ["series", "tv movie"], "2018-10-01", S["seven_2018"],
     None),
    ("brad-lyons", "Brad Lyons", "seven", "Director of Network Production, Seven", "Australia", ["drama", "entertainment"],
     ["series", "limited series"], "2015-10-28", S["seven_2015"], None),
    ("daniel-monaghan", "Daniel Monaghan", "network-10", "SVP Content and Programming, Paramount ANZ (Network 10)",
     "Australia", ["drama", "comedy", "entertainment", "reality"], ["series"], "2022-10-06", S["ten_2022"], None),
    ("beverley-mcgarvey", "Beverley McGarvey", "network-10", "Chief Content Officer, Network Ten", "Australia",
     ["drama", "comedy", "observational documentary"], ["series", "pilot"], None, S["ten_2017"], None),
    ("nancy-daniels", "Nancy Daniels", "discovery", "Chief Brand Officer, Discovery", "US",
     ["natural history", "wildlife", "documentary"], ["series", "docuseries", "special"], "2019-04-08", S["disc_2019"],
     None),
    ("scott-lewers", "Scott Lewers", "discovery",
     "EVP Multi-Platform Programming, Factual and Head of Content, Science (Discovery)", "US",
     ["science", "space", "competition"], ["series"], "2021-05-18", S["disc_2021"], None),
    ("axel-eriksson", "Axel Eriksson", "discovery", "VP Content and Programming, Discovery Nordics", "Nordics",
     ["reality", "entertainment", "dating"], ["series"], None, S["disc_nordics"], None),
    ("phil-craig", "Phil Craig", "discovery", "EVP and Chief Creative Officer, Discovery Networks International", "Global",
     ["natural history", "engineering", "survival", "science", "aviation"], ["documentary", "series", "special"], None,
     S["disc_craig"], None),
    ("courteney-monroe", "Courteney Monroe", "nat-geo", "President, National Geographic Global Networks", "Global",
     ["documentary", "science", "natural history", "exploration", "drama"],
     ["series", "docuseries", "special", "limited series"], "2019-07-23", S["ng_2019"], None),
    ("howard-lee", "Howard Lee", "tlc", "President and General Manager, TLC", "US", ["reality", "lifestyle", "dating"],
     ["series"], "2020-08-28", S["tlc_2020"], None),
    ("elaine-frontain-bryant", "Elaine Frontain Bryant", "a-and-e", "EVP and Head of Programming, A&E", "US",
     ["true crime", "documentary", "reality"], ["series", "docuseries", "format"], None, S["ae_2018"],
     "A&E sends a development executive to the UK once a year to meet independent producers, and gives casting and "
     "feasibility money to develop a format that must be proven to work in the US."),
    ("jana-bennett", "Jana Bennett", "a-and-e", "President and General Manager, History", "US", ["documentary", "history"],
     ["limited series", "special", "docuseries"], "2017-03-20", S["hist_2017"], None),
    ("nancy-dubuc", "Nancy Dubuc", "a-and-e", "President and General Manager, History", "US",
     ["history", "reality", "competition", "drama"], ["series", "special"], "2010-05-04", S["hist_2010"], None),
    ("eli-lehrer", "Eli Lehrer", "a-and-e", "EVP Programming, History", "US", ["drama", "history"], ["series"], None,
     S["ae_playback"], None),
    ("frances-berwick", "Frances Berwick", "bravo", "Chair, Bravo and Peacock Unscripted", "US", ["reality", "lifestyle"],
     ["series"], "2025-06-12", S["bravo_2025"], None),
    ("andy-cohen", "Andy Cohen", "bravo", "EVP Original Programming and Development, Bravo Media", "US",
     ["reality", "talk show"], ["series"], None, S["bravo_cohen"], None),
    ("reemah-sakaan", "Reemah Sakaan", "britbox", "CEO, BritBox International", "UK", ["drama", "crime", "mystery", "biopic"],
     ["series", "limited series"], "2022-08-09", S["bb_2022"], None),
    ("soumya-sriraman", "Soumya Sriraman", "britbox", "President and CEO, BritBox (North America)", "US",
     ["drama", "crime", "true crime"], ["series", "co-production"], "2020-04-24", S["bb_honour"], None),
]

# executive id, text, date, source
MANDATES = [
    ("kathryn-busby", "Series that are both premium and populist, with iconic characters and a propulsive narrative, "
     "something not seen on TV before.", "2023-05-30", S["starz_busby_2023"]),
    ("kathryn-busby", "Narratives by, about and for women and underrepresented audiences.", "2021-11-18",
     S["starz_busby_2021"]),
    ("kathryn-busby", "Lean into the Outlander and Power franchises and period dramas with swagger: premium, "
     "commercial, propulsive and provocative.", "2022-08-11", S["starz_2022"]),
    ("michael-wright", "Grow MGM+ to at least eight original series a year; subscribers decide on quantity, quality "
     "and value.", "2023-01-15", S["mgm_2023"]),
    ("michael-wright", "Be transparent with storytellers so long-running shows can end the way the audience deserves.",
     None, S["mgm_tca"]),
    ("don-klees", "Crime drama is Acorn TV's calling card, where the drama matters as much as the crime; at least one "
     "original tentpole series a month, mostly direct commissions or co-productions.", None, S["acorn_klees"]),
    ("mark-stevens", "British television and Commonwealth drama for North American viewers, beyond Downton Abbey fans.",
     "2016-12-20", S["acorn_stevens"]),
    ("craig-engler", "Shudder as the streaming home of horror, thrillers and the supernatural, with a new original "
     "nearly every week.", None, S["shudder_engler"]),
    ("craig-engler", "Creepshow-style originals that draw horror fans to Shudder: horror is cheap to make and has more "
     "fans than people realise.", "2019-10-28", S["shudder_2019"]),
    ("samuel-zimmerman", "Give distinctive genre filmmakers a platform for their feature debuts, from body horror to "
     "demonic family drama.", None, S["shudder_zimmerman"]),
    ("devin-griffin", "Push a variety of Black perspectives and experiences out to the world on the top Black-centred "
     "streaming service.", None, S["betplus"]),
    ("adam-lewinson", "The future of television is free, ad-supported and on demand: something for everyone from 500 "
     "content partners, plus originals.", None, S["tubi"]),
    ("adam-lewinson", "Programming for an 'omni culture' of fractionalised viewing rather than a monoculture.", None,
     S["tubi_fast"]),
    ("amy-reisenbach", "Develop year-round rather than in a pilot season, holding shows like Tracker for the right slot "
     "and thinking seasons ahead.", None, S["cbs_reisenbach"]),
    ("amy-reisenbach", "Spinoffs, prequels and new takes on existing IP, built on franchises such as FBI and NCIS.", None,
     S["cbs_ankler"]),
    ("lisa-katz", "Bring back the traditional pilot season: eight pilots in 2026, five dramas and three comedies, "
     "including crime procedurals.", "2026-03-03", S["nbc_2026"]),
    ("michael-thorn", "In the spirit of 24 and House, a daring signature Fox lead: a complicated antihero facing "
     "unimaginable danger.", "2025-05-12", S["fox_thorn_2025"]),
    ("michael-thorn", "Build out animation: a two-hour animation block on Monday nights next to Sunday's Animation "
     "Domination.", "2022-01-18", S["fox_2022"]),
    ("rob-wade", "A schedule filled with irreverence, fun and much-needed laughter, with more shows owned in-house by "
     "Fox Entertainment Studios.", "2025-05-12", S["fox_2025"]),
    ("brad-schwartz", "Broaden The CW beyond young adults with older-skewing dramas, a comedy block and unscripted, "
     "knowing not every swing will hit.", "2023-07-07", S["cw_schwartz"]),
    ("brad-schwartz", "Be entrepreneurial: acquisitions that turn into co-productions, rather than $10 million "
     "episodes with dragons.", "2023-06-08", S["cw_sullivan"]),
    ("marie-guillaumond", "Renew TF1's series and heroes with original, imperfect, even transgressive characters, in the "
     "52-minute international format, with exports in mind.", "2017-01-01", S["tf1_2017a"]),
    ("marie-guillaumond", "Historical mini-series in the spirit of Downton Abbey: romanesque stories of women of the "
     "20th century, beyond the crime shows that are TF1's DNA.", "2017-07-11", S["tf1_2017b"]),
    ("anne-viau", "Popular, family fiction for a broad audience, with event series, the best stories and castings, "
     "and new franchises next to returning heroes.", None, S["tf1_viau"]),
    ("anne-didier", "Fiction that brings the French together: every register from police drama to family and "
     "romantic comedy, superproductions and daily dramas.", None, S["tf1_didier"]),
    ("fabrice-bailly", "A 'conquering' season of historical fiction, with alliances with the streaming platforms as "
     "co-producers.", "2025-07-01", S["tf1_2025"]),
    ("fanny-rondeau", "Dare to tackle every subject, take more risks beyond crime shows, and aim for international "
     "recognition.", "2016-09-26", S["ftv_2016"]),
    ("fanny-rondeau", "Series first: a wide range of about thirty 52-minute series on air, in production or in "
     "writing.", "2017-09-01", S["ftv_2017"]),
    ("daniele-cesarano", "Strong protagonists and emotional stories in the 50-minute international format, with doors "
     "open to varied ideas that appeal to younger viewers.", "2017-03-25", S["med_2017"]),
    ("daniele-cesarano", "Build a viewing habit for Canale 5's own audience with one fiction night a week; viewers who "
     "want linguistic innovation look elsewhere.", None, S["med_2022"]),
    ("hauke-bartel", "Big IP that touches the audience's memories, a strong crime slot, and braver projects alongside.",
     "2025-02-13", S["rtl_2025"]),
    ("philipp-steffens", "More in-house fiction on a second series night, with strong protagonists and lightly told "
     "stories across genres.", "2017-09-19", S["rtl_2017"]),
    ("julie-eckersley", "Great stories that are entertaining, surprising and full of heart, in which all Australians "
     "feel seen.", "2021-06-24", S["sbs_eckersley"]),
    ("nakul-legha", "Back risk-taking short-form drama from screen creatives under-represented in the sector.", None,
     S["sbs_legha"]),
    ("hamish-turner", "Commissioning is driven by ideas: dramas provide tone and texture for the schedule.",
     "2020-09-16", S["nine_2020"]),
    ("andy-ryan", "Diversity in the tone and genre of Nine's drama every year, from event crime mini-series to "
     "revivals.", "2019-01-01", S["nine_2019"]),
    ("angus-ross", "Ambitious, female-skewing adult drama and event telemovies alongside reality franchises.",
     "2018-10-01", S["seven_2018"]),
    ("angus-ross", "Event and drama franchises plus a sports portfolio to keep primetime leadership.", "2016-10-26",
     S["seven_2016"]),
    ("brad-lyons", "More Australian production than ever, launching more new shows in a year than before.",
     "2015-10-28", S["seven_2015"]),
    ("daniel-monaghan", "Australian stories not about the red dirt or the beach, with Australian characters and "
     "nuance; more drama and comedy than in a very long time.", "2022-10-06", S["ten_2022"]),
    ("daniel-monaghan", "Populist shows for big broad audiences: brands, IP and large talent.", None, S["ten_2023"]),
    ("beverley-mcgarvey", "Narrative comedy, new drama and a Pilot Week to test new shows with the audience.", None,
     S["ten_2017"]),
    ("nancy-daniels", "Back to Discovery's roots: jaw-dropping, never-seen-before images of what makes our world "
     "special.", "2019-04-08", S["disc_2019"]),
    ("scott-lewers", "Space storytelling that shows the Earth from a vantage point few have experienced.", "2021-05-18",
     S["disc_2021"]),
    ("axel-eriksson", "Real-life entertainment that goes global: reality formats for Kanal 5, TV Norge and "
     "Discovery+ across the Nordics.", None, S["disc_nordics"]),
    ("phil-craig", "Loosen the filters on classic factual genres and incubate ideas with independent producers "
     "through the London hub.", None, S["disc_craig"]),
    ("courteney-monroe", "Premium factual and fact-based, authentic drama instead of a tonnage strategy: you will never "
     "see dragons on National Geographic.", "2018-01-09", S["ng_2018"]),
    ("courteney-monroe", "Quality over quantity: the badass version of natural history and big science.", None,
     S["ng_2015"]),
    ("courteney-monroe", "Become the world's leading destination for premium science, adventure and exploration "
     "programming, where entertaining and smart are not mutually exclusive.", None, S["ng_2016"]),
    ("howard-lee", "Franchises and spinoffs, such as the 90 Day Fiancé universe, and branching out into new genres.",
     "2020-08-28", S["tlc_2020"]),
    ("howard-lee", "Reality that mirrors America and keeps TLC's core female audience.", None, S["tlc_2023"]),
    ("howard-lee", "Bring emotion and humour to Discovery Channel's franchises: men have feelings too, and it is OK "
     "to laugh.", None, S["disc_lee"]),
    ("elaine-frontain-bryant", "Disruptive non-fiction: shows that make an impact on brave subjects, after A&E left "
     "scripted.", None, S["ae_playback"]),
    ("elaine-frontain-bryant", "Close-ended formats that tap into the zeitgeist; not formats that have already worked "
     "for other channels.", None, S["ae_2018"]),
    ("jana-bennett", "Premium documentary limited series and specials on the events that shaped the modern world.",
     "2017-03-20", S["hist_2017"]),
    ("nancy-dubuc", "History is not the story of millions, it's a million stories: push the envelope into places "
     "viewers have never been.", "2010-05-04", S["hist_2010"]),
    ("frances-berwick", "Unscripted franchises that audiences love, surfacing Bravo's own talent.", "2025-06-12",
     S["bravo_2025"]),
    ("reemah-sakaan", "Wholeheartedly British programming for American viewers: no 'British-ish'.", "2022-08-09",
     S["bb_2022"]),
    ("reemah-sakaan", "UK scale and British sensibility: Agatha Christie adaptations, cold-case crime and period "
     "stories that resonate with American viewers.", "2022-08-09", S["bb_2022"]),
    ("soumya-sriraman", "Important true stories told with care, delivered to BritBox's audience.", "2020-04-24",
     S["bb_honour"]),
]

# buyer, title, date, genres, format, region, executives, source, logline
GREENLIGHTS = [
    # Starz
    ("starz", "Outlander: Blood of My Blood", "2022-08-11", ["drama", "fantasy", "period drama"], "series", "US",
     ["kathryn-busby"], S["starz_2022"], "A prequel to Outlander, the network's first scripted spinoff."),
    ("starz", "The Serpent Queen", "2022-08-11", ["drama", "period drama"], "series", "US", [], S["starz_2022"],
     "Catherine de Medici rises to power in 16th-century France."),
    ("starz", "Dangerous Liaisons", "2022-08-11", ["drama", "period drama"], "series", "US", [], S["starz_2022"],
     "A new take on the story, set in pre-revolutionary Paris."),
    ("starz", "Party Down (season 3)", "2023-05-30", ["comedy"], "series", "US", ["kathryn-busby"],
     S["starz_busby_2023"], None),
    ("starz", "Run the World (season 2)", "2023-05-30", ["comedy"], "series", "US", ["kathryn-busby"],
     S["starz_busby_2023"], None),
    # MGM+
    ("mgm-plus", "Bridge and Tunnel", "2021-03-10", ["comedy", "drama"], "series", "US", [], S["mgm_2021"],
     "Ed Burns' series set on 1980s Long Island."),
    ("mgm-plus", "Chapelwaite", "2021-03-10", ["horror", "drama"], "series", "US", [], S["mgm_2021"], None),
    ("mgm-plus", "Hotel Cocaine", "2023-01-15", ["drama", "crime"], "series", "US", ["michael-wright"], S["mgm_2023"],
     None),
    ("mgm-plus", "Murf the Surf", "2023-01-15", ["documentary", "true crime"], "docuseries", "US", ["michael-wright"],
     S["mgm_2023"], None),
    # Shudder
    ("shudder", "Creepshow", "2019-10-28", ["horror"], "series", "US", [], S["shudder_2019"],
     "Greg Nicotero's anthology inspired by the stories of Stephen King."),
    ("shudder", "Creepshow (season 2)", "2019-10-30", ["horror"], "series", "US", ["craig-engler"],
     S["shudder_creepshow"], "An anthology series based on the George A. Romero and Stephen King classic."),
    ("shudder", "Host", "2020-10-01", ["horror"], "feature", "UK", ["craig-engler"], S["shudder_host"],
     "Friends hold a seance over a Zoom call during lockdown."),
    ("shudder", "Behind the Monsters", "2021-09-01", ["documentary", "horror"], "docuseries", "US", ["craig-engler"],
     S["shudder_2021"], None),
    ("shudder", "The Boulet Brothers' Dragula (season 4)", "2021-09-01", ["reality", "competition", "horror"], "series",
     "US", ["craig-engler"], S["shudder_2021"], None),
    # CBS
    ("cbs", "NCIS: Origins", "2024-05-03", ["drama", "crime"], "series", "US", [], S["cbs_2024"],
     "A young Leroy Jethro Gibbs, narrated by Mark Harmon."),
    ("cbs", "Matlock", "2024-05-03", ["drama", "legal"], "series", "US", [], S["cbs_2024"],
     "Kathy Bates as a brilliant, wily lawyer with unusual tactics."),
    ("cbs", "Watson", "2024-05-03", ["drama", "medical"], "series", "US", [], S["cbs_2024"],
     "Morris Chestnut as a modern Watson solving medical mysteries."),
    ("cbs", "Poppa's House", "2024-05-03", ["comedy"], "series", "US", [], S["cbs_2024"], None),
    ("cbs", "Georgie & Mandy's First Marriage", "2024-05-03", ["comedy"], "series", "US", [], S["cbs_2024"], None),
    ("cbs", "The Summit", "2024-05-03", ["reality", "competition"], "series", "US", [], S["cbs_2024"],
     "Sixteen strangers cross the New Zealand Alps to reach a peak and win $1 million."),
    ("cbs", "Hollywood Squares", "2024-05-03", ["game show"], "series", "US", [], S["cbs_2024"], None),
    ("cbs", "Sheriff Country", "2024-05-03", ["drama", "crime"], "series", "US", [], S["cbs_2024"], None),
    ("cbs", "Y: Marshals", "2025-05-07", ["drama"], "series", "US", [], S["cbs_2025"], None),
    ("cbs", "Harlan Coben's Final Twist", "2025-05-07", ["true crime"], "series", "US", [], S["cbs_2025"], None),
    ("cbs", "Boston Blue", "2025-05-07", ["drama", "crime"], "series", "US", [], S["cbs_2025"], None),
    ("cbs", "CIA", "2025-05-07", ["drama", "thriller"], "series", "US", [], S["cbs_2025"], None),
    ("cbs", "DMV", "2025-05-07", ["comedy"], "series", "US", [], S["cbs_2025"],
     "A single-camera workplace comedy set at the Department of Motor Vehicles."),
    ("cbs", "The Road", "2025-05-07", ["reality", "competition", "music"], "series", "US", [], S["cbs_2025"], None),
    ("cbs", "America's Culinary Cup", "2025-05-07", ["reality", "competition", "cooking"], "series", "US", [],
     S["cbs_2025"], None),
    ("cbs", "Einstein", "2025-05-07", ["drama"], "series", "US", [], S["cbs_2025"], None),
    # NBC
    ("nbc", "The Fall and Rise of Reggie Dinkins", "2025-05-01", ["comedy"], "series", "US", [], S["nbc_2025"],
     "A single-camera comedy with Tracy Morgan and Daniel Radcliffe."),
    ("nbc", "The Rockford Files", "2026-03-03", ["drama", "crime"], "pilot", "US", ["lisa-katz"], S["nbc_2026"],
     "A reboot starring David Boreanaz."),
    # Fox
    ("fox", "Grimsburg", "2022-01-18", ["animation", "comedy"], "series", "US", ["michael-thorn"], S["fox_2022"], None),
    ("fox", "Krapopolis", "2022-01-18", ["animation", "comedy"], "series", "US", ["michael-thorn"], S["fox_2022"], None),
    ("fox", "Memory of a Killer", "2025-05-12", ["drama", "thriller"], "series", "US", ["michael-thorn"],
     S["fox_thorn_2025"], "A hitman develops early-onset Alzheimer's."),
    ("fox", "The Faithful", "2025-05-12", ["drama", "biblical"], "limited series", "US", [], S["fox_2025"],
     "The Book of Genesis told through the eyes of its women."),
    ("fox", "Best Medicine", "2025-05-12", ["comedy", "medical"], "series", "US", [], S["fox_2025"],
     "A Boston surgeon becomes the GP of an East Coast fishing village."),
    ("fox", "99 to Beat", "2025-05-12", ["competition", "game show"], "series", "US", ["rob-wade"], S["fox_2025"],
     None),
    ("fox", "Next Level Baker", "2025-05-12", ["competition", "cooking"], "special", "US", ["rob-wade"], S["fox_2025"],
     None),
    ("fox", "Weakest Link (celebrity edition)", "2025-05-12", ["game show"], "series", "US", [], S["fox_thorn_2025"],
     None),
    ("fox", "Fear Factor", "2025-05-12", ["reality", "competition"], "series", "US", [], S["fox_thorn_2025"], None),
    # The CW
    ("the-cw", "The Librarians: The Next Chapter", "2023-05-19", ["fantasy", "adventure"], "series", "US", [],
     S["cw_2023"], "A Librarian from the past, stuck in the present, releases magic across the continent."),
    ("the-cw", "Joan", "2023-05-19", ["drama", "crime"], "series", "UK", [], S["cw_2023"], None),
    ("the-cw", "The Swarm", "2023-05-19", ["thriller", "sci-fi"], "series", "Europe", [], S["cw_2023"], None),
    ("the-cw", "Sullivan's Crossing", "2023-06-08", ["drama", "romance"], "series", "Canada", ["brad-schwartz"],
     S["cw_sullivan"], "A Boston neurosurgeon returns to her estranged father's Nova Scotia campground."),
    ("the-cw", "Wild Cards", "2023-12-04", ["crime", "comedy"], "series", "Canada", [], S["cw_wild"],
     "A demoted detective teams up with a scam artist to solve crimes."),
    ("the-cw", "The Wranglers", "2024-08-16", ["documentary", "reality"], "docuseries", "US", [], S["cw_wranglers"],
     "Cowgirls and cowboys at Montana's Circle Bar Dude Ranch."),
    # TF1
    ("tf1", "Contact", "2017-01-01", ["crime", "thriller"], "limited series", "France", ["marie-guillaumond"],
     S["tf1_2017a"], None),
    ("tf1", "Munch", "2017-01-01", ["legal", "comedy"], "series", "France", ["marie-guillaumond"], S["tf1_2017a"],
     "Isabelle Nanty as an unusual lawyer."),
    ("tf1", "Mensonges", "2021-08-30", ["thriller"], "limited series", "France", [], S["tf1_2021"],
     "A psychological thriller adapted from the British series Liar."),
    ("tf1", "Une affaire française", "2021-08-30", ["true crime", "drama"], "limited series", "France", [],
     S["tf1_2021"], "A collection of mini-series on great criminal cases, starting with the Grégory case."),
    ("tf1", "Fugueuse", "2021-08-30", ["drama"], "series", "France", [], S["tf1_2021"],
     "Adapted from a Quebec series on teenage prostitution."),
    ("tf1", "Syndrome E", "2021-08-30", ["crime", "thriller"], "series", "France", [], S["tf1_2021"],
     "From Franck Thilliez's novel."),
    ("tf1", "Mon ange", "2021-08-30", ["drama"], "tv movie", "France", [], S["tf1_2021"],
     "A mother searches for her missing daughter."),
    ("tf1", "L'Été 36", "2025-07-01", ["period drama", "crime"], "series", "France", ["fabrice-bailly"], S["tf1_2025"],
     "Four women are caught up in a murder in a grand hotel in Nice in 1936."),
    ("tf1", "Montmartre", "2025-07-01", ["period drama"], "series", "France", ["fabrice-bailly"], S["tf1_2025"],
     "The world of cabaret in 1899 Paris."),
    ("tf1", "Cat's Eyes (season 2)", "2025-07-01", ["action", "comedy"], "series", "France", ["fabrice-bailly"],
     S["tf1_2025"], None),
    ("tf1", "Oradour ne m'oublie pas", "2025-07-01", ["period drama", "war"], "tv movie", "France", [], S["tf1_2025"],
     "A Free French officer parachuted near Oradour-sur-Glane in June 1944."),
    # France Televisions
    ("france-televisions", "Zone blanche", "2016-09-26", ["thriller", "western"], "series", "France", ["fanny-rondeau"],
     S["ftv_2016"], "A western set in the Vosges."),
    ("france-televisions", "La Vague", "2016-09-26", ["supernatural"], "series", "France", ["fanny-rondeau"],
     S["ftv_2016"], None),
    ("france-televisions", "L'art du crime", "2017-09-01", ["crime", "comedy"], "series", "France", ["fanny-rondeau"],
     S["ftv_2017"], "Crimes around works of art by Leonardo, Watteau and Géricault."),
    ("france-televisions", "On va s'aimer, un peu, beaucoup", "2017-09-01", ["drama", "legal"], "series", "France",
     ["fanny-rondeau"], S["ftv_2017"], "A portrait of today's family through a law firm run by three women."),
    ("france-televisions", "Le Chalet", "2017-09-01", ["thriller", "horror"], "limited series", "France",
     ["fanny-rondeau"], S["ftv_2017"], "An And Then There Were None in the mountains."),
    ("france-televisions", "Ben", "2017-09-01", ["thriller"], "series", "France", ["fanny-rondeau"], S["ftv_2017"],
     "A crime reporter returns to work in her home town of Nantes."),
    ("france-televisions", "Le Rêve français", "2017-09-01", ["drama", "period drama"], "limited series", "France",
     ["fanny-rondeau"], S["ftv_2017"], "A saga about the French Antilles."),
    # Mediaset
    ("mediaset", "L'isola di Pietro (season 2)", "2018-06-11", ["drama", "family drama"], "series", "Italy",
     ["daniele-cesarano"], S["med_2018"], None),
    ("mediaset", "Il ritorno della Dottoressa Giò", "2018-06-11", ["drama", "medical"], "series", "Italy",
     ["daniele-cesarano"], S["med_2018"], None),
    ("mediaset", "Fosca Innocenti", "2021-12-01", ["crime", "mystery"], "series", "Italy", ["daniele-cesarano"],
     S["med_2021"], None),
    ("mediaset", "Più forti del destino", "2021-12-01", ["period drama", "drama"], "series", "Italy",
     ["daniele-cesarano"], S["med_2021"], None),
    ("mediaset", "Viola come il mare", "2021-12-01", ["crime", "romance"], "series", "Italy", ["daniele-cesarano"],
     S["med_2021"], None),
    # RTL
    ("rtl", "Bad Cop – kriminell gut", "2017-09-19", ["crime", "comedy"], "series", "Germany", ["philipp-steffens"],
     S["rtl_2017"], "A small-time crook takes his dead twin's place as a police detective."),
    ("rtl", "Jenny – echt gerecht!", "2017-09-19", ["legal", "comedy"], "series", "Germany", ["philipp-steffens"],
     S["rtl_2017"], None),
    ("rtl", "Beck is back!", "2017-09-19", ["legal", "comedy"], "series", "Germany", ["philipp-steffens"],
     S["rtl_2017"], None),
    ("rtl", "Lifelines", "2017-09-19", ["medical", "drama"], "series", "Germany", ["philipp-steffens"], S["rtl_2017"],
     "A former army doctor at a Cologne hospital."),
    ("rtl", "Sankt Maik", "2017-09-19", ["dramedy", "comedy"], "series", "Germany", ["philipp-steffens"],
     S["rtl_2017"], "A con man poses as a priest."),
    ("rtl", "Faking Hitler", "2019-06-01", ["drama", "period drama"], "series", "Germany", [], S["rtl_2019"],
     "The forged Hitler diaries, from the Stern podcast."),
    ("rtl", "Der König von Palma", "2019-06-01", ["drama"], "series", "Germany", [], S["rtl_2019"],
     "Mallorca's tourism boom after the fall of the Wall in 1990."),
    ("rtl", "Schwester, Schwester", "2019-06-01", ["comedy"], "sitcom", "Germany", [], S["rtl_2019"], None),
    ("rtl", "Lucie – Geheult wird nicht", "2019-06-01", ["dramedy"], "series", "Germany", [], S["rtl_2019"], None),
    ("rtl", "Euphorie", "2025-02-13", ["drama", "young adult"], "series", "Germany", ["hauke-bartel"], S["rtl_2025"],
     "A German adaptation of the Israeli Euphoria: drugs, mental health and sexuality."),
    ("rtl", "Die Nibelungen: Kampf der Königreiche", "2025-02-13", ["fantasy", "drama"], "series", "Germany",
     ["hauke-bartel"], S["rtl_2025"], "The series version of the film Hagen."),
    # SBS
    ("sbs", "Copping It Black", "2020-11-01", ["drama"], "series", "Australia", [], S["sbs_2020"], None),
    ("sbs", "The Unusual Suspects", "2020-11-01", ["drama", "comedy"], "series", "Australia", [], S["sbs_2020"], None),
    ("sbs", "New Gold Mountain", "2020-11-01", ["drama", "period drama"], "series", "Australia", [], S["sbs_2020"],
     None),
    ("sbs", "Iggy & Ace", "2020-11-01", ["comedy", "drama"], "short-form series", "Australia", [], S["sbs_2020"], None),
    ("sbs", "The Tailings", "2020-11-01", ["drama", "mystery"], "short-form series", "Australia", [], S["sbs_2020"],
     None),
    ("sbs", "See What You Made Me Do", "2020-11-01", ["documentary"], "docuseries", "Australia", [], S["sbs_2020"],
     "Jess Hill on domestic abuse."),
    ("sbs", "What Does Australia Think About?", "2020-11-01", ["documentary"], "series", "Australia", [],
     S["sbs_2020"], None),
    ("sbs", "The Cook Up with Adam Liaw", "2020-11-01", ["cooking"], "series", "Australia", [], S["sbs_2020"],
     "A 200-episode series for SBS Food."),
    ("sbs", "The Chaplain", "2025-09-03", ["drama"], "series", "Australia", [], S["sbs_2025"],
     "Set in an international airport."),
    ("sbs", "Reckless", "2025-09-03", ["drama"], "series", "Australia", [], S["sbs_2025"],
     "Farming siblings grapple with the fallout of a fatality and a cover-up."),
    ("sbs", "Fish Boi", "2025-09-03", ["drama"], "short-form series", "Australia", [], S["sbs_2025"], None),
    ("sbs", "Homebodies", "2025-09-03", ["drama"], "short-form series", "Australia", [], S["sbs_2025"], None),
    ("sbs", "Miss Sultanah", "2025-09-03", ["drama"], "short-form series", "Australia", [], S["sbs_2025"], None),
    ("sbs", "Shut Your Big Fat Mouth John Safran!", "2025-09-03", ["documentary"], "documentary", "Australia", [],
     S["sbs_2025"], None),
    ("sbs", "We Are Jeni", "2025-09-03", ["documentary", "true crime"], "documentary", "Australia", [], S["sbs_2025"],
     "Dr Jeni Haynes, who testified against her abuser father through six of her alter egos."),
    ("sbs", "Alone Australia (season 4)", "2025-09-03", ["reality", "survival"], "series", "Australia", [],
     S["sbs_2025"], "The survival competition moves to the Arctic Circle."),
    # Nine
    ("nine", "Here Come the Habibs!", "2015-11-04", ["comedy"], "series", "Australia", [], S["nine_2015"],
     "A Lebanese migrant family wins the lottery and moves to the Eastern suburbs."),
    ("nine", "Hide & Seek", "2015-11-04", ["crime", "thriller"], "series", "Australia", [], S["nine_2015"],
     "Police and immigration officials race to track suspected terrorists on false passports."),
    ("nine", "House of Bond", "2015-11-04", ["biopic", "drama"], "tv movie", "Australia", [], S["nine_2015"],
     "Alan Bond's rise from Fremantle's back alleys and his fall."),
    ("nine", "Prison: First and Last 24 Hours", "2015-11-04", ["factual"], "series", "Australia", [], S["nine_2015"],
     None),
    ("nine", "SeaChange", "2019-01-01", ["drama"], "series", "Australia", ["andy-ryan"], S["nine_2019"],
     "Sigrid Thornton returns to Pearl Bay twenty years on."),
    ("nine", "Halifax: Retribution", "2019-01-01", ["crime", "thriller"], "limited series", "Australia", ["andy-ryan"],
     S["nine_2019"], "Forensic psychiatrist Jane Halifax returns."),
    ("nine", "Bad Mothers", "2019-01-01", ["drama"], "series", "Australia", ["andy-ryan"], S["nine_2019"], None),
    ("nine", "Amazing Grace", "2020-09-16", ["drama", "medical"], "series", "Australia", ["hamish-turner"],
     S["nine_2020"], "A midwife at an unconventional birth centre attached to a city hospital."),
    ("nine", "Doctor Doctor (season 5)", "2020-09-16", ["drama"], "series", "Australia", ["hamish-turner"],
     S["nine_2020"], None),
    # Seven
    ("seven", "The Secret Daughter", "2015-10-28", ["drama"], "series", "Australia", ["brad-lyons"], S["seven_2015"],
     "A country pub singer discovers she may be the daughter of a dead tycoon."),
    ("seven", "Wanted", "2015-10-28", ["drama", "thriller"], "series", "Australia", ["brad-lyons"], S["seven_2015"],
     "Rebecca Gibney as a woman on the run."),
    ("seven", "Molly", "2015-10-28", ["biopic", "drama"], "limited series", "Australia", ["brad-lyons"],
     S["seven_2015"], "Molly Meldrum's rise in Australian music."),
    ("seven", "Blue Murder: Killer Cop", "2016-10-26", ["crime", "drama"], "limited series", "Australia", [],
     S["seven_2016"], "Roger Rogerson after his expulsion from the NSW Police Force."),
    ("seven", "Hoges: The Paul Hogan Story", "2016-10-26", ["biopic", "drama"], "limited series", "Australia", [],
     S["seven_2016"], None),
    ("seven", "Million Dollar Cold Case", "2016-10-26", ["true crime"], "series", "Australia", [], S["seven_2016"],
     None),
    ("seven", "Murder Uncovered", "2016-10-26", ["true crime"], "series", "Australia", [], S["seven_2016"], None),
    ("seven", "Yummy Mummies", "2016-10-26", ["reality"], "series", "Australia", [], S["seven_2016"], None),
    ("seven", "The Aussie Property Flippers", "2016-10-26", ["reality", "property"], "series", "Australia", [],
     S["seven_2016"], None),
    ("seven", "Between Two Worlds", "2018-10-01", ["drama"], "series", "Australia", ["angus-ross"], S["seven_2018"],
     "An incident changes the lives of corporate and working-class polar opposites."),
    ("seven", "Ms Fisher's Modern Murder Mysteries", "2018-10-01", ["crime", "mystery"], "tv movie", "Australia",
     ["angus-ross"], S["seven_2018"], None),
    ("seven", "Australian Gangster", "2018-10-01", ["crime", "drama"], "series", "Australia", ["angus-ross"],
     S["seven_2018"], None),
    ("seven", "Secret Bridesmaids' Business", "2018-10-01", ["thriller", "drama"], "limited series", "Australia",
     ["angus-ross"], S["seven_2018"], "A six-part, female-skewing adult thriller from Elizabeth Coleman's play."),
    ("seven", "Made in Bondi", "2023-10-01", ["reality"], "series", "Australia", ["angus-ross"], S["seven_2023b"],
     "A local Made in Chelsea following Sydney's young social elite."),
    ("seven", "Stranded on Honeymoon Island", "2023-10-01", ["reality", "dating"], "series", "Australia", [],
     S["seven_2023"], None),
    ("seven", "Dream Home", "2023-10-01", ["reality", "renovation"], "series", "Australia", [], S["seven_2023"], None),
    ("seven", "Ego: The Michael Gudinski Story", "2023-10-01", ["documentary", "biopic"], "documentary", "Australia",
     [], S["seven_2023"], None),
    ("seven", "The Rise and Fall of Kings Cross", "2023-10-01", ["documentary", "true crime"], "docuseries",
     "Australia", [], S["seven_2023"], None),
    ("seven", "King Con: The Life and Crimes of Hamish McLaren", "2023-10-01", ["documentary", "true crime"],
     "docuseries", "Australia", [], S["seven_2023"], None),
    ("seven", "The Wave", "2023-10-01", ["documentary"], "documentary", "Australia", [], S["seven_2023"], None),
    ("seven", "The Hunters", "2023-10-01", ["documentary", "true crime"], "series", "Australia", [], S["seven_2023"],
     None),
    ("seven", "Australia's Most Dangerous Prisoners", "2023-10-01", ["documentary", "true crime"], "series",
     "Australia", [], S["seven_2023"], None),
    ("seven", "Once in a Lifetime", "2023-10-01", ["factual", "wildlife"], "series", "Australia", [], S["seven_2023"],
     "Chris Brown and celebrity veterinary assistants on animal adventures around the globe."),
    ("seven", "The Australian Roast of John Cleese", "2023-10-01", ["comedy", "entertainment"], "special",
     "Australia", [], S["seven_2023"], None),
    ("seven", "Jim Jefferies and Friends", "2024-11-13", ["comedy"], "series", "Australia", [], S["seven_2024"], None),
    ("seven", "Working Class Man", "2024-11-13", ["documentary", "music"], "documentary", "Australia", [],
     S["seven_2024"], "A documentary on Jimmy Barnes."),
    # Network 10
    ("network-10", "Paper Dolls", "2022-10-06", ["drama", "music"], "series", "Australia", ["daniel-monaghan"],
     S["ten_2022"], "The rise of a manufactured pop group."),
    ("network-10", "North Shore", "2022-10-06", ["crime", "thriller"], "series", "Australia", ["daniel-monaghan"],
     S["ten_2022"], None),
    ("network-10", "Taskmaster Australia", "2022-10-06", ["comedy", "entertainment"], "series", "Australia",
     ["daniel-monaghan"], S["ten_2022"], "Tom Gleeson hosts the local version of the UK format."),
    # Discovery
    ("discovery", "Klondike", "2013-01-15", ["drama", "period drama"], "limited series", "US", [], S["disc_2013"],
     "Discovery Channel's first scripted miniseries."),
    ("discovery", "Wildlife Warriors", "2019-04-08", ["wildlife", "documentary"], "series", "US", ["nancy-daniels"],
     S["disc_2019"], "Conservationists protecting species on the brink of extinction."),
    ("discovery", "Perfect Planet", "2019-04-08", ["natural history"], "series", "Global", ["nancy-daniels"],
     S["disc_2019"], "How weather, currents, volcanoes and sunlight shape the living world."),
    ("discovery", "Serengeti", "2019-04-08", ["natural history", "wildlife"], "series", "Africa", ["nancy-daniels"],
     S["disc_2019"], None),
    ("discovery", "Who Wants to Be an Astronaut?", "2021-05-18", ["competition", "space"], "series", "US",
     ["scott-lewers"], S["disc_2021"], "Competitors vie for a seat on a private mission to the International Space "
     "Station."),
    ("discovery", "Shark Academy", "2021-05-18", ["competition", "wildlife"], "series", "New Zealand", [],
     S["disc_2021"], "Eight people compete for a crew spot on a shark scientist's expedition."),
    # National Geographic
    ("nat-geo", "Activate: The Global Citizen Movement", "2019-07-23", ["documentary"], "docuseries", "Global",
     ["courteney-monroe"], S["ng_2019"], "Extreme poverty, inequality and sustainability, to mobilise citizens."),
    ("nat-geo", "Kingdom of the White Wolf", "2019-07-23", ["natural history", "wildlife"], "special", "Global",
     ["courteney-monroe"], S["ng_2019"], "A photographer's journey to be accepted by an Arctic white wolfpack."),
    ("nat-geo", "Mission Ocean X", "2019-07-23", ["exploration", "science"], "series", "Global",
     ["courteney-monroe"], S["ng_2019"], "James Cameron explores the depths of the world's oceans."),
    ("nat-geo", "Expedition Amelia", "2019-07-23", ["exploration", "documentary"], "special", "Global",
     ["courteney-monroe"], S["ng_2019"], None),
    ("nat-geo", "The World According to Jeff Goldblum", "2019-07-23", ["documentary"], "docuseries", "US",
     ["courteney-monroe"], S["ng_2019"], None),
    # A+E
    ("a-and-e", "The Kennedys", "2010-05-04", ["drama", "history"], "limited series", "US", ["nancy-dubuc"],
     S["hist_2010"], "History's first scripted series, on one of America's most storied political families."),
    ("a-and-e", "Top Shot", "2010-05-04", ["competition"], "series", "US", ["nancy-dubuc"], S["hist_2010"],
     "A competition about amazing marksmanship."),
    ("a-and-e", "Chasing Mummies", "2010-05-04", ["history", "archaeology"], "series", "US", ["nancy-dubuc"],
     S["hist_2010"], None),
    ("a-and-e", "Top Gear (US)", "2010-05-04", ["entertainment", "motoring"], "series", "US", ["nancy-dubuc"],
     S["hist_2010"], None),
    ("a-and-e", "Brad Meltzer's Decoded", "2010-05-04", ["history", "mystery"], "series", "US", ["nancy-dubuc"],
     S["hist_2010"], "The hidden codes and symbols we meet in daily life."),
    ("a-and-e", "Swamp People", "2010-05-04", ["reality"], "series", "US", ["nancy-dubuc"], S["hist_2010"],
     "Cajuns living in the nation's largest swamp, in Louisiana."),
    ("a-and-e", "Stan Lee's Superhumans", "2010-05-04", ["science"], "series", "US", ["nancy-dubuc"], S["hist_2010"],
     None),
    ("a-and-e", "Around the World in 80 Ways", "2010-05-04", ["competition", "travel"], "series", "US",
     ["nancy-dubuc"], S["hist_2010"], None),
    ("a-and-e", "Vigilante Inspector", "2010-05-04", ["factual"], "series", "US", ["nancy-dubuc"], S["hist_2010"],
     "America's quickly decaying infrastructure."),
    ("a-and-e", "Modern Dads", "2013-05-08", ["reality"], "series", "US", [], S["ae_2013"],
     "A new take on stay-at-home dads."),
    ("a-and-e", "Daredevils", "2013-05-08", ["reality"], "series", "US", [], S["ae_2013"], None),
    ("a-and-e", "Sons of Liberty", "2013-05-08", ["drama", "history"], "limited series", "US", [], S["ae_2013"], None),
    ("a-and-e", "Houdini", "2013-05-08", ["biopic", "drama"], "limited series", "US", [], S["ae_2013"],
     "Adrien Brody as Harry Houdini."),
    ("a-and-e", "America's War on Drugs", "2017-03-20", ["documentary", "history"], "limited series", "US",
     ["jana-bennett"], S["hist_2017"], "The profit machine of the drug business and the nation's longest 'war'."),
    ("a-and-e", "America: Journey of the Brave", "2017-03-20", ["documentary", "history"], "special", "US",
     ["jana-bennett"], S["hist_2017"], "The great migrations that set mankind in motion."),
    ("a-and-e", "The Cars That Made America", "2017-03-20", ["documentary", "history"], "limited series", "US",
     ["jana-bennett"], S["hist_2017"], None),
    ("a-and-e", "The Accused", "2018-06-01", ["true crime", "documentary"], "series", "US",
     ["elaine-frontain-bryant"], S["ae_2018"], "A defendant who maintains their innocence goes through the US justice "
     "system."),
    ("a-and-e", "Employable Me", "2018-06-01", ["documentary"], "series", "US", ["elaine-frontain-bryant"], S["ae_2018"],
     "Job-seekers with disabilities look for work."),
    # BritBox
    ("britbox", "Honour", "2020-04-24", ["true crime", "drama"], "limited series", "UK", ["soumya-sriraman"],
     S["bb_honour"], "Keeley Hawes as the detective who brought Banaz Mahmod's killers to justice."),
    ("britbox", "A Spy Among Friends", "2020-07-22", ["thriller", "spy"], "limited series", "UK", [], S["bb_2020"],
     "MI6 double agent Kim Philby."),
    ("britbox", "The Beast Must Die", "2020-07-22", ["thriller", "drama"], "series", "UK", [], S["bb_2020"],
     "A grieving mother infiltrates the life of the man she believes killed her son."),
    ("britbox", "Crime", "2020-07-22", ["crime", "drama"], "series", "UK", [], S["bb_2020"],
     "DI Ray Lennox investigates a schoolgirl's disappearance while battling his own demons."),
    ("britbox", "Magpie Murders", "2020-07-22", ["mystery", "crime"], "series", "UK", [], S["bb_2020"],
     "An editor is handed the unfinished manuscript of her author's latest novel."),
    ("britbox", "Why Didn't They Ask Evans?", "2022-08-09", ["mystery", "crime"], "limited series", "UK", [],
     S["bb_2022"], None),
    ("britbox", "Karen Pirie", "2022-08-09", ["crime", "drama"], "series", "UK", [], S["bb_2022"],
     "Val McDermid's cold case investigations."),
    ("britbox", "Three Little Birds", "2022-08-09", ["drama", "period drama"], "series", "UK", [], S["bb_2022"],
     "A Windrush-era story from Lenny Henry."),
    ("britbox", "Archie", "2022-08-09", ["biopic", "drama"], "limited series", "UK", [], S["bb_2022"],
     "Jason Isaacs as Cary Grant."),
]


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def records() -> list[dict]:
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
    for buyer, title, date, genres, fmt, region, execs, src, logline in GREENLIGHTS:
        rec = {"type": "greenlight", "id": f"{buyer}--{slug(title)}", "title": title, "buyer": buyer, "date": date,
               "genres": genres, "format": fmt, "region": region, "executives": execs}
        if logline:
            rec["logline"] = logline
        rec["source"] = src
        recs.append(rec)
    return recs


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    recs = records()
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids: " + ", ".join(sorted({i for i in ids if ids.count(i) > 1})))
    companies = {r["id"] for r in recs if r["type"] == "company"}
    execs = {r["id"]: r for r in recs if r["type"] == "executive"}
    for r in recs:
        if r["type"] == "executive" and r["company"] not in companies:
            raise SystemExit(f"{r['id']}: unknown company {r['company']}")
        if r["type"] == "mandate" and r["executive"] not in execs:
            raise SystemExit(f"{r['id']}: unknown executive {r['executive']}")
        if r["type"] == "greenlight":
            if r["buyer"] not in companies:
                raise SystemExit(f"{r['id']}: unknown buyer {r['buyer']}")
            for e in r["executives"]:
                if execs.get(e, {}).get("company") != r["buyer"]:
                    raise SystemExit(f"{r['id']}: executive {e} is not at {r['buyer']}")
    for r in recs:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
