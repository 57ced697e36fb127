#!/usr/bin/env python3
"""Build the dev4 `mw ask` knowledge base from real public data.

    python tests/eval/dev/dev4/build_kb.py disney_plus_titles.csv > tests/eval/dev/dev4/kb.jsonl

DEVELOPMENT data (the code may be tuned on it). Two parts, both real and public, every record citing its
own `source`:
  1. Hand-entered companies, executives, mandates and greenlights taken from the public pages cited
     (commissioning briefs, trade press, broadcaster press releases, interviews). People are in the roles
     the source describes AS OF THE SOURCE'S DATE; many have moved on since. The KB is a snapshot.
  2. Disney+ greenlights from the public "Disney+ Movies and TV Shows" dataset (Kaggle, Shivam Bansal,
     2021; copy at https://github.com/putiberkah/disney-eda/blob/e58363ffcc870eb4a146d549d8cca92d47b26852/disney_plus_titles.csv):
     TV shows whose release year equals the year they were added to Disney+. `date` is the date ADDED TO
     DISNEY+, genres are the dataset's categories (lower-cased, a few renamed), `executives` is empty
     because the dataset does not say who commissioned a title, and not every title is necessarily a
     Disney+ original.
Buyers are limited to Disney+, AMC, FX, Showtime, BBC, Channel 4, Arte, RAI, Movistar Plus+, Crunchyroll,
Disney+ Hotstar, Viu, Showmax, TVNZ and Crave. No record is fictional. Output is deterministic.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
import unicodedata

DISNEY_SRC = ("https://github.com/putiberkah/disney-eda/blob/e58363ffcc870eb4a146d549d8cca92d47b26852/"
              "disney_plus_titles.csv")

S = dict(
    # Disney+
    dp_kr_2022="https://m-en.yna.co.kr/view/AEN20221130009800315",
    dp_kr_2024a="http://koreanfilm.or.kr/mobile/other/news.jsp?blbdComCd=601006&mode=VIEW&seq=6064",
    dp_apac_2024="https://koreajoongangdaily.joins.com/news/2024-11-22/entertainment/television/Disney-unveils-future-slate-calls-Korea-key-pillar-to-content-strategy/2183382",
    dp_apac_2024b="https://news.newbabylon.us/2024/11/whats-next-for-kim-soo-hyun-ju-ji-hoon-other-k-drama-superstars",
    dp_hk_2025="https://en.sportschosun.com/k-drama/2025/11/sc-site-disney-executives-have-koreas-own-natural-125848",
    dp_hk_2025b="https://news.charm-retirement.com/k-dramas-take-center-stage-in-disney-global-expansion-strategy",
    # FX
    fx_2016="https://www.21cf.com/blog/2016/09/16/21cf-chats-eric-schrier-nick-grad-fx-atlanta-better-things-comedy/",
    fx_2020="http://myfutoncritic.com/news/2020/05/26/fx-original-programming-slate-set-through-2021-915112/20200526fx01",
    fx_tca="https://www.nexttv.com/news/tca-fx-radically-ramps-up-originals-says-landgraf",
    fx_2024="https://uk.news.yahoo.com/several-shows-come-end-fx-192644465.html",
    # AMC
    amc_2014="https://www.cynopsis.com/upfront/the-amc-upfront-march-27-2014/",
    amc_orphan="https://variety.com/2022/tv/news/orphan-black-sequel-series-amc-1235225840/",
    amc_talamasca="https://www.marketscreener.com/quote/stock/AMC-NETWORKS-INC-8199525/news/AMC-Greenlights-Third-Series-in-its-Anne-Rice-Immortal-Universe-A-New-Drama-Set-in-the-Secretive-46950378/?utm_medium=RSS&utm_content=20240611",
    amc_tca="https://www.streamingdigitally.com/news/amc-networks-tailoring-content-for-discerning-audiences-not-everyone/",
    amc_pod="https://omny.fm/shows/strictly-business/cobwebs-walkers-and-lace-amc-networks-has-franchis",
    # Showtime
    sho_2019="https://www.nexttv.com/news/tca-2019-showtime-thrives-on-consistency-filmmaker-first-culture",
    sho_yj="https://tvline.com/2020/12/17/yellowjackets-christina-ricci-series-order-showtime/",
    sho_lroi="https://wegotthiscovered.com/tv/let-the-right-one-in-gets-series-order-shoots-early-2022/",
    sho_yj3="https://xnetics.com/yellowjackets-gets-early-season-3-renewal-by-showtime-more-deadline/",
    # BBC
    bbc3_2008="https://chortle.co.uk/news/2008/01/22/6304/bbc_three_unveils_new_comedies",
    bbc3_2018="https://tbivision.com/2018/12/19/fiona-campbell-upped-as-bbc3-controller",
    bbc3_2019="https://issuhub.com/view/index/14956?pageIndex=36",
    bbc3_2022="https://avingagiraffe.com/2022/01/31/speech-by-fiona-campbell-to-launch-bbc-three/",
    bbc_drama_2024="https://www.thetvcollective.org/2024/02/23/bbc-drama-boss-warns-of-peak-caution-as-pubcaster-unveils-12-scripted-commissions/",
    # Channel 4
    c4_brief="https://www.channel4.com/4producers/briefs/drama",
    c4_2025="https://i929fm.com/entertainment/simon-pegg-cyber-thriller-woman-000100710.html",
    c4_2025b="https://khaokhotalamok.com/article/ollie-madden-director-of-film4-and-channel-4-drama-announces-new-slate-of-bold-and-ambitious-drama",
    c4_2011="https://www.theguardian.com/media/2011/jul/03/channel-4-drama-camilla-campbell",
    c4_katz="https://tinseltowntribune.com/a-changing-landscape-channel-4s-drama-department-undergoes-restructuring",
    # Arte
    arte_2017="https://laloidesseries.lalibre.be/2017/09/15/arte-va-soutenir-lecriture-de-series/",
    arte_2020="https://www.lalibre.be/culture/medias-tele/2020/09/23/arte-extension-du-domaine-de-la-fiction-4L5YXZHLABHDFOREBJHHSLSUYA/",
    arte_2024="https://lefilmfrancais.com/television/168709/festival-de-la-fiction-2024-plusieurs-miniseries-evenements-annoncees-par-arte",
    arte_brief="https://projets.arte.tv/en/units/fiction",
    arte_piel="https://lemediaplus.com/?p=51579",
    # RAI
    rai_2022="https://www.ansa.it/sito/notizie/cultura/tv/2022/02/26/tv-fiction-rai-tra-nuove-merini-claps.-morante_7408fe74-beb7-4c35-86ad-0e7a3ae5a50e.html",
    rai_export="https://www.ilgiornale.it/news/nostre-serie-sono-made-italy-esportare-2340223.html",
    # Movistar Plus+
    mov_2018="https://www.ecartelera.com/noticias/calendario-series-movistar-plus-2018-2019-49164/",
    mov_2024="https://www.eldiario.es/vertele/noticias/movistar-plus-anuncia-11-primeras-series-2025-reality-berrocal_1_11718879.html",
    mov_2025="https://www.europapress.es/tv/noticia-movistar-plus-presenta-tres-nuevas-series-originales-apuesta-continuidad-ambicion-20250703165245.html",
    # Crunchyroll
    cr_hgs="https://nerdbot.com/2018/08/22/crunchyroll-prepares-for-original-content-launch-with-high-guardian-spice/",
    cr_tog="https://screenanarchy.com/2020/04/tower-of-god-trailer-climb-up-face-terrors-achieve-greatness.html",
    cr_noblesse="https://otaku101.com/noblesse-another-popular-webtoon-series-adapted-to-anime-20200922/",
    cr_fuji="https://comicbook.com/anime/news/crunchyroll-original-anime-fuji-tv-2022/",
    cr_ann="https://www.animenewsnetwork.com/feature/2021-06-18/crunchyroll-originals-have-been-a-disaster/.173347",
    cr_purini="https://techcentral.website/index.php/2024/02/28/crunchyroll-president-rahul-purini-on-how-anime-took-over-the-world",
    # Disney+ Hotstar
    hs_2020="https://www.medianews4u.com/first-regional-original-by-hotstar-will-be-in-tamil-gaurav-banerjee",
    hs_d23="https://www.livemint.com/companies/news/disney-announces-mahabharat-adaptation-on-hotstar-to-beef-up-local-production/amp-11662780177941.html",
    hs_heart="https://medianews4u.com/disney-hotstar-wants-to-be-the-ott-platform-that-aims-at-indias-heart-gaurav-banerjee-star-india",
    # Viu
    viu_2017="http://variety.com/2017/digital/asia/asian-streaming-service-viu-expands-local-production-1202398983/",
    viu_2018="https://www.rapidtvnews.com/2018042651841/asian-ott-video-service-viu-sets-sights-on-original-productions.html",
    viu_lim="https://contentasia.tv/features/view",
    viu_to="https://contentasia.tv/features/viu-points",
    # Showmax
    sm_2021="https://www.news24.com/channel/TV/News/showmax-announces-diverse-slate-including-first-telenovela-and-rom-com-20210825-2",
    sm_2024="https://www.sowetanlive.co.za/s-mag/culture/2024-01-15-soccer-fans-set-to-benefit-from-showmaxs-game-changing-product/",
    sm_bester="https://www.samdb.co.za/blogs/blog/2024/03/18/current-highlights-on-showmax/",
    sm_phahle="https://www.bizcommunity.com/Article/196/97/207907.html",
    # TVNZ
    tvnz_2018="https://www.pressreader.com/new-zealand/the-new-zealand-herald/20180410/281917363653368",
    tvnz_2022="https://thespinoff.co.nz/pop-culture/18-11-2021/with-dai-henwood-a-siones-wedding-prequel-and-lots-of-drama-tvnz-will-be-more-local-than-ever-in-2022",
    tvnz_2024="https://thespinoff.co.nz/pop-culture/15-11-2023/ten-shows-were-excited-for-in-tvnzs-2024-season",
    tvnz_2024b="https://www.c21media.net/news/tvnz-content-chief-nevak-rogers-unveils-2024-kiwi-centric-slate/",
    tvnz_rogers="https://thespinoff.co.nz/media/17-11-2023/a-chat-with-the-most-important-person-in-nz-tv-on-the-most-important-day-of-their-year",
    # Crave
    crave_2021="https://www.newswire.ca/news-releases/bell-media-announces-english-and-french-language-original-programming-orders-and-renewals-for-2021-22-season-802703824.html",
    crave_2023="https://www.newswire.ca/news-releases/crave-announces-new-short-form-original-comedy-series-my-dead-mom-826786430.html",
    crave_stockman="https://www.bellmedia.ca/the-lede/press/the-pipeline-is-full-again-says-bell-media-vp-justin-stockman-breaking-down-the-new-content-for-the-upcoming-tv-season",
)

# id, name, kind, region, aliases, source
COMPANIES = [
    ("disney-plus", "Disney+", "streamer", "US", ["Disney Plus"], S["dp_apac_2024"]),
    ("amc", "AMC", "network", "US", ["AMC+", "AMC Networks"], S["amc_orphan"]),
    ("fx", "FX", "network", "US", ["FXX", "FX Networks", "FX on Hulu"], S["fx_2020"]),
    ("showtime", "Showtime", "network", "US", ["Showtime Networks"], S["sho_2019"]),
    ("bbc", "BBC", "network", "UK", ["BBC One", "BBC Two", "BBC Three", "BBC iPlayer"], S["bbc_drama_2024"]),
    ("channel-4", "Channel 4", "network", "UK", ["C4", "E4"], S["c4_brief"]),
    ("arte", "Arte", "network", "France", ["ARTE", "Arte France"], S["arte_brief"]),
    ("rai", "RAI", "network", "Italy", ["Rai", "Rai Fiction", "Rai 1", "RaiPlay"], S["rai_2022"]),
    ("movistar-plus", "Movistar Plus+", "streamer", "Spain", ["Movistar+", "Movistar Plus"], S["mov_2025"]),
    ("crunchyroll", "Crunchyroll", "streamer", "Global", [], S["cr_purini"]),
    ("disney-plus-hotstar", "Disney+ Hotstar", "streamer", "India", ["Hotstar"], S["hs_d23"]),
    ("viu", "Viu", "streamer", "Asia", [], S["viu_2018"]),
    ("showmax", "Showmax", "streamer", "Africa", [], S["sm_2021"]),
    ("tvnz", "TVNZ", "network", "New Zealand", ["TVNZ 1", "TVNZ 2", "TVNZ+"], S["tvnz_2024b"]),
    ("crave", "Crave", "streamer", "Canada", [], S["crave_2021"]),
]

# id, name, company, title, region, genres, formats, updated_at, source, pitch_process
EXECS = [
    ("carol-choi", "Carol Choi", "disney-plus",
     "EVP, Integrated Marketing & Original Content Strategy, The Walt Disney Company Asia Pacific", "APAC",
     ["drama", "thriller", "action", "romance", "reality"], ["series"], "2024-11-22", S["dp_apac_2024"], None),
    ("kim-so-yeon", "Kim So-yeon", "disney-plus", "CEO, Disney+ Korea", "Korea",
     ["drama", "romance", "thriller", "documentary", "reality"], ["series", "docuseries"], "2022-11-30",
     S["dp_kr_2022"], None),
    ("john-landgraf", "John Landgraf", "fx", "Chairman, FX Content & FX Productions", "US",
     ["drama", "comedy", "horror"], ["series", "limited series"], None, S["fx_tca"], None),
    ("eric-schrier", "Eric Schrier", "fx", "President, FX Entertainment", "US",
     ["drama", "comedy", "horror", "documentary"], ["series", "limited series", "docuseries"], "2020-05-26",
     S["fx_2020"], None),
    ("nick-grad", "Nick Grad", "fx", "President of Original Programming, FX", "US", ["comedy", "drama"],
     ["series"], "2016-09-16", S["fx_2016"], None),
    ("dan-mcdermott", "Dan McDermott", "amc", "President of Entertainment and AMC Studios, AMC Networks", "US",
     ["drama", "horror", "sci-fi", "thriller"], ["series"], "2024-06-11", S["amc_talamasca"], None),
    ("joel-stillerman", "Joel Stillerman", "amc", "EVP of Original Programming, Production and Digital Content",
     "US", ["drama", "comedy", "unscripted"], ["series", "pilot"], "2014-03-27", S["amc_2014"], None),
    ("gary-levine", "Gary Levine", "showtime", "President of Entertainment, Showtime Networks", "US",
     ["drama", "comedy", "horror"], ["series"], "2019-08-02", S["sho_2019"], None),
    ("jana-winograde", "Jana Winograde", "showtime", "Co-President of Entertainment, Showtime Networks", "US",
     ["drama", "comedy", "thriller"], ["series"], "2020-12-17", S["sho_yj"], None),
    ("fiona-campbell", "Fiona Campbell", "bbc", "Controller, BBC Three", "UK",
     ["comedy", "factual", "factual entertainment", "drama"], ["series"], "2022-01-31", S["bbc3_2022"], None),
    ("lindsay-salt", "Lindsay Salt", "bbc", "Director of Drama, BBC", "UK", ["drama", "crime", "thriller"],
     ["series", "limited series"], "2024-02-23", S["bbc_drama_2024"], None),
    ("ian-katz", "Ian Katz", "channel-4", "Chief Content Officer, Channel 4", "UK",
     ["factual", "entertainment", "documentary"], ["series"], None, S["c4_katz"], None),
    ("ollie-madden", "Ollie Madden", "channel-4", "Director of Film4 and Channel 4 Drama", "UK", ["drama"],
     ["series", "limited series", "feature"], "2025-02-12", S["c4_2025"],
     "Channel 4 Drama accepts submissions only through a PACT-registered production company; it cannot take "
     "unsolicited material from individual writers or members of the public."),
    ("olivier-wotling", "Olivier Wotling", "arte", "Directeur de la fiction, Arte France", "France",
     ["drama", "thriller", "crime"], ["series", "limited series", "tv movie"], "2020-09-23", S["arte_2020"],
     "Arte France Fiction takes series and single-film projects in a free-form presentation that conveys the "
     "project's personality, with the authors' and producers' biographies and any links; no director need be "
     "attached and no financial details are asked. Priority goes to 6- or 8-episode mini-series."),
    ("alexandre-piel", "Alexandre Piel", "arte",
     "Deputy Director of the Fiction Unit, in charge of international, Arte France", "France", ["drama"],
     ["acquisition", "co-production"], None, S["arte_piel"], None),
    ("maria-pia-ammirati", "Maria Pia Ammirati", "rai", "Direttrice, Rai Fiction", "Italy",
     ["drama", "crime", "period drama", "biopic"], ["series", "tv movie"], "2022-02-26", S["rai_2022"], None),
    ("domingo-corral", "Domingo Corral", "movistar-plus", "Director of Fiction and Entertainment, Movistar Plus+",
     "Spain", ["drama", "comedy", "entertainment"], ["series", "special"], "2024-10-08", S["mov_2024"], None),
    ("jorge-pezzi", "Jorge Pezzi", "movistar-plus", "Director of Fiction and Alliances, Movistar Plus+", "Spain",
     ["drama", "thriller"], ["series"], "2025-07-03", S["mov_2025"], None),
    ("guillermo-farre", "Guillermo Farré", "movistar-plus",
     "Director of Original Film and Spanish Cinema, Movistar Plus+", "Spain", ["drama"], ["feature"],
     "2025-07-03", S["mov_2025"], None),
    ("jorge-ortiz-de-landazuri", "Jorge Ortiz de Landázuri", "movistar-plus",
     "Head of Non-Fiction Originals, Movistar Plus+", "Spain", ["documentary", "true crime"], ["docuseries"],
     "2025-07-03", S["mov_2025"], None),
    ("rahul-purini", "Rahul Purini", "crunchyroll", "President, Crunchyroll", "Global", ["anime"],
     ["series", "feature"], "2024-02-28", S["cr_purini"], None),
    ("alden-budill", "Alden Budill", "crunchyroll", "Head of Global Partnerships and Content Strategy, Crunchyroll",
     "Global", ["anime", "animation"], ["series"], "2021-06-18", S["cr_ann"], None),
    ("gaurav-banerjee", "Gaurav Banerjee", "disney-plus-hotstar",
     "Head of Content and Development, Disney+ Hotstar and HSM Entertainment, Disney Star", "India",
     ["drama", "thriller", "crime", "mythology", "talk show"], ["series"], "2022-09-10", S["hs_d23"], None),
    ("janice-lee", "Janice Lee", "viu", "Managing Director, PCCW Media", "Asia", ["drama", "thriller", "lifestyle"],
     ["series"], "2018-04-26", S["viu_2018"],
     "In Indonesia Viu crowd-sources Viu Original ideas at the Viu Pitching Forum, where young filmmakers pitch "
     "to a panel of producers, directors and scriptwriters."),
    ("virginia-lim", "Virginia Lim", "viu", "Chief Content Officer, Viu", "Asia", ["drama", "romance"], ["series"],
     None, S["viu_lim"], None),
    ("felix-to", "Felix To", "viu", "Head of Originals, Viu", "Asia", ["drama"], ["series"], None, S["viu_to"], None),
    ("candice-fangueiro", "Candice Fangueiro", "showmax", "Head of Content, Showmax", "South Africa",
     ["drama", "reality", "telenovela", "comedy", "true crime", "documentary"], ["series", "docuseries"],
     "2021-08-25", S["sm_2021"], None),
    ("yolisa-phahle", "Yolisa Phahle", "showmax", "CEO, General Entertainment, MultiChoice", "Africa",
     ["drama", "fantasy"], ["series", "co-production"], None, S["sm_phahle"], None),
    ("nevak-rogers", "Nevak Rogers", "tvnz", "Acting Director of Content, TVNZ", "New Zealand",
     ["drama", "comedy", "documentary", "reality", "factual"], ["series", "docuseries"], "2023-11-17",
     S["tvnz_rogers"], None),
    ("justin-stockman", "Justin Stockman", "crave", "VP, Content Development & Programming, Bell Media", "Canada",
     ["comedy", "drama", "reality", "documentary"], ["series"], None, S["crave_stockman"], None),
]

# executive id, text, date, source
MANDATES = [
    ("carol-choi", "Korea is a key pillar of Disney's content strategy: after the global success of its Korean "
     "originals, Disney has doubled down on its Korean slate.", "2024-11-22", S["dp_apac_2024"]),
    ("carol-choi", "A local-for-local strategy: find great stories with cool characters and narratives, working "
     "with the top creators of each culture in Asia Pacific.", "2025-11-13", S["dp_hk_2025"]),
    ("kim-so-yeon", "Expand the Korean content lineup and collaborate with local creators to bring outstanding "
     "Korean stories, from drama to K-pop documentaries, to the global stage.", "2022-11-30", S["dp_kr_2022"]),
    ("john-landgraf", "A radically increased investment in FX originals, ramping up new shows on streaming while "
     "keeping FX's bespoke, quality-first brand.", None, S["fx_tca"]),
    ("john-landgraf", "Long-running hits are ending, so FX needs successors worthy of twenty years of quality; "
     "it will not put bad shows on the air to fill slots.", None, S["fx_2024"]),
    ("eric-schrier", "Set the FX slate through 2021 with new horror anthology American Horror Stories alongside "
     "returning series and new limited series.", "2020-05-26", S["fx_2020"]),
    ("nick-grad", "Innovation in the half-hour comedy, in the vein of Atlanta and Better Things.", "2016-09-16",
     S["fx_2016"]),
    ("dan-mcdermott", "Not something for everyone: high-quality premium scripted shows for adults that "
     "super-serve specific fan bases, with a scripted first-run show every Sunday night.", None, S["amc_tca"]),
    ("dan-mcdermott", "Franchise building: the Anne Rice Immortal Universe, with interlocking characters across "
     "platforms planned a decade ahead.", "2022-07-20", S["amc_pod"]),
    ("joel-stillerman", "Explore the characters history forgot, with AMC's first scripted comedy alongside "
     "scripted drama and unscripted series.", "2014-03-27", S["amc_2014"]),
    ("gary-levine", "Consistency of programming: meaty and messy series that Showtime stands behind rather than "
     "dumping a show and hoping it connects.", "2019-08-02", S["sho_2019"]),
    ("jana-winograde", "A filmmaker-first culture: Showtime as the boutique option to the big-box stores, with "
     "original programming up 30 percent.", "2019-08-02", S["sho_2019"]),
    ("jana-winograde", "Genre-bending stories told across time periods, such as the survival drama "
     "Yellowjackets.", "2020-12-17", S["sho_yj"]),
    ("fiona-campbell", "BBC Three for 16-34s across the whole UK: unfiltered, unapologetic stories, comedy hits "
     "and fresh takes on factual from young British talent.", "2022-01-31", S["bbc3_2022"]),
    ("fiona-campbell", "Returning factual-entertainment brands that reflect the experience of being young and "
     "are fun.", "2019-08-23", S["bbc3_2019"]),
    ("lindsay-salt", "Take the risks others won't in an era of peak caution: redefine state-of-the-nation "
     "drama and find new iconic characters.", "2024-02-23", S["bbc_drama_2024"]),
    ("ollie-madden", "Drama with a tangible point of difference that shines a light on British society and "
     "entertains; the drama budget and number of commissions are doubling.", "2025-02-12", S["c4_2025"]),
    ("ollie-madden", "Contemporary drama that resonates with a British audience; period drama only with "
     "present-day resonance, most likely set in the second half of the 20th century.", None, S["c4_brief"]),
    ("olivier-wotling", "An original, singular, very European fiction offer that mixes the intimate with "
     "today's social questions, with more European co-productions.", "2020-09-23", S["arte_2020"]),
    ("olivier-wotling", "Authors' points of view off the beaten track of crime and news stories, looking for "
     "humanity, empathy and kindness.", None, S["arte_brief"]),
    ("alexandre-piel", "More than 85% European series in acquisitions and more pre-buys, to take risks, capture "
     "rights early and lead on to co-productions such as Occupied.", None, S["arte_piel"]),
    ("maria-pia-ammirati", "Italian series are the new made-in-Italy export: territorial stories that the world "
     "asks for.", None, S["rai_export"]),
    ("maria-pia-ammirati", "Event series and stories of great Italian women, true crime and crime thrillers for "
     "Rai 1, and new languages for Rai 2.", "2022-02-26", S["rai_2022"]),
    ("domingo-corral", "Entertainment is a complement, not a priority, next to series, film and documentaries; "
     "specials that tell cinema in a different way.", "2024-10-08", S["mov_2024"]),
    ("jorge-pezzi", "Continuity with ambition: risky, distinctive projects that keep Movistar Plus+ the home of "
     "Spanish creative talent.", "2025-07-03", S["mov_2025"]),
    ("rahul-purini", "Turn the fast-growing global anime fandom, including viewers of pirated anime, into paying "
     "subscribers.", "2024-02-28", S["cr_purini"]),
    ("alden-budill", "A Crunchyroll Original is content that could only exist on Crunchyroll, made for its "
     "audience and for anime as an art form.", "2021-06-18", S["cr_ann"]),
    ("gaurav-banerjee", "Big-scale, big-idea, high-concept series are the biggest focus for Hotstar originals.",
     "2020-02-26", S["hs_2020"]),
    ("gaurav-banerjee", "Adapt novels and formats well and aim at India's heart, beyond conversations that start "
     "in Bandra and Juhu.", None, S["hs_heart"]),
    ("janice-lee", "Localised Viu Originals made with top local talent and production houses in each market, "
     "next to Korean drama.", "2018-04-26", S["viu_2018"]),
    ("virginia-lim", "Deeply local originals in Viu's strongholds Indonesia, Thailand and Malaysia, plus bigger "
     "series with regional relevance.", None, S["viu_lim"]),
    ("felix-to", "Build a production culture across Viu's Asia and Middle East footprint.", None, S["viu_to"]),
    ("candice-fangueiro", "Local Showmax Originals from Africa's most talented filmmakers: returning favourites "
     "and groundbreaking firsts.", "2021-08-25", S["sm_2021"]),
    ("yolisa-phahle", "Ramp up investment in African content through international co-productions.", None,
     S["sm_phahle"]),
    ("nevak-rogers", "Aotearoatanga: a distinct Kiwi voice and local content at the core of TVNZ's slate.",
     "2023-11-17", S["tvnz_rogers"]),
    ("justin-stockman", "Doubling down on Canadian originals for Crave and CTV, taking a page from Quebec, where "
     "original is everything.", None, S["crave_stockman"]),
]

# buyer, title, date, genres, format, region, executives, source, logline
HAND_GREENLIGHTS = [
    # Disney+ Korea and APAC
    ("disney-plus", "Moving", "2022-11-30", ["drama", "action"], "series", "Korea", ["kim-so-yeon"], S["dp_kr_2022"],
     None),
    ("disney-plus", "The Worst of Evil", "2022-11-30", ["drama"], "series", "Korea", ["kim-so-yeon"],
     S["dp_kr_2022"], None),
    ("disney-plus", "Shadow Detective (season 2)", "2022-11-30", ["crime", "thriller"], "series", "Korea",
     ["kim-so-yeon"], S["dp_kr_2022"], None),
    ("disney-plus", "Race", "2022-11-30", ["romance", "drama"], "series", "Korea", ["kim-so-yeon"], S["dp_kr_2022"],
     None),
    ("disney-plus", "Call It Love", "2022-11-30", ["romance", "drama"], "series", "Korea", ["kim-so-yeon"],
     S["dp_kr_2022"], None),
    ("disney-plus", "Soundtrack #2", "2022-11-30", ["romance", "drama"], "series", "Korea", ["kim-so-yeon"],
     S["dp_kr_2022"], None),
    ("disney-plus", "BTS Monuments: Beyond the Star", "2022-11-30", ["documentary", "music"], "docuseries", "Korea",
     ["kim-so-yeon"], S["dp_kr_2022"], "BTS's concerts and interviews over nine years, and their plans."),
    ("disney-plus", "Blood Free", "2024-03-12", ["thriller", "drama"], "series", "Korea", [], S["dp_kr_2024a"],
     "Mysterious incidents around the CEO of a controversial lab-grown meat company and her bodyguard."),
    ("disney-plus", "Uncle Samsik", "2024-03-12", ["drama"], "series", "Korea", [], S["dp_kr_2024a"], None),
    ("disney-plus", "Moving (season 2)", "2024-11-21", ["drama", "action"], "series", "Korea", ["carol-choi"],
     S["dp_apac_2024"], None),
    ("disney-plus", "Knock-Off", "2024-11-21", ["drama"], "series", "Korea", [], S["dp_apac_2024b"], None),
    ("disney-plus", "Made in Korea", "2025-11-13", ["crime", "drama", "period drama"], "series", "Korea", [],
     S["dp_hk_2025b"], "A crime drama set in 1970s Korea."),
    ("disney-plus", "The Manipulated", "2025-11-13", ["drama"], "series", "Korea", [], S["dp_hk_2025"],
     None),
    # FX
    ("fx", "American Horror Stories", "2020-05-26", ["horror"], "series", "US", ["eric-schrier"], S["fx_2020"],
     "An hour-long anthology with a different horror story each episode."),
    ("fx", "A Teacher", "2020-05-26", ["drama"], "limited series", "US", [], S["fx_2020"], None),
    ("fx", "The Old Man", "2020-05-26", ["drama", "thriller"], "series", "US", [], S["fx_2020"], None),
    ("fx", "Y: The Last Man", "2020-05-26", ["drama", "sci-fi"], "series", "US", [], S["fx_2020"], None),
    ("fx", "A Wilderness of Error", "2020-05-26", ["documentary", "true crime"], "docuseries", "US", [], S["fx_2020"],
     None),
    ("fx", "Hip Hop Untold", "2020-05-26", ["documentary", "music"], "docuseries", "US", [], S["fx_2020"], None),
    ("fx", "Hysterical", "2020-05-26", ["documentary", "comedy"], "documentary", "US", [], S["fx_2020"], None),
    ("fx", "Pride", "2020-05-26", ["documentary", "lgbtq"], "docuseries", "US", [], S["fx_2020"], None),
    ("fx", "Better Things (season 5)", "2020-05-26", ["comedy"], "series", "US", [], S["fx_2020"], None),
    ("fx", "It's Always Sunny in Philadelphia (season 15)", "2020-05-26", ["comedy"], "series", "US", [],
     S["fx_2020"], None),
    # AMC
    ("amc", "We Hate Paul Revere", "2014-03-27", ["comedy", "period"], "pilot", "US", ["joel-stillerman"],
     S["amc_2014"], "Brothers struggling for recognition in Colonial Boston."),
    ("amc", "Comic Book Men (season 4)", "2014-03-27", ["unscripted", "reality"], "series", "US", [], S["amc_2014"],
     None),
    ("amc", "Orphan Black: Echoes", "2022-04-06", ["sci-fi", "drama"], "series", "US", ["dan-mcdermott"],
     S["amc_orphan"], "In the near future, women unravel the mystery of their identity."),
    ("amc", "Anne Rice's The Talamasca", "2024-06-11", ["drama", "horror", "fantasy"], "series", "US",
     ["dan-mcdermott"], S["amc_talamasca"], "A secret society tracks witches, vampires and werewolves."),
    # Showtime
    ("showtime", "City on a Hill (season 2)", "2019-08-02", ["drama", "crime"], "series", "US", ["gary-levine"],
     S["sho_2019"], "Boston crime drama with Kevin Bacon and Aldis Hodge."),
    ("showtime", "Work in Progress", "2019-08-02", ["comedy"], "series", "US", [], S["sho_2019"],
     "A comedy created by Chicago improv mainstay Abby McEnany."),
    ("showtime", "Yellowjackets", "2020-12-17", ["drama", "horror", "thriller"], "series", "US", ["jana-winograde"],
     S["sho_yj"], "Teen soccer players survive a plane crash deep in the northern wilderness."),
    ("showtime", "Let the Right One In", "2021-09-22", ["horror", "drama"], "series", "US", [], S["sho_lroi"],
     "A father keeps his daughter, turned into a vampire a decade ago, fed with blood."),
    ("showtime", "Yellowjackets (season 3)", "2022-12-16", ["drama", "horror", "thriller"], "series", "US", [],
     S["sho_yj3"], None),
    # BBC
    ("bbc", "Trexx and Flipside", "2008-01-22", ["comedy"], "series", "UK", [], S["bbc3_2008"],
     "Two wannabe hip-hop stars signed to a record label whose boss knows little about rap."),
    ("bbc", "The Wrong Door", "2008-01-22", ["comedy", "sketch comedy"], "series", "UK", [], S["bbc3_2008"],
     "A sketch show mixing live action with CGI creations."),
    ("bbc", "Coming of Age", "2008-01-22", ["comedy"], "series", "UK", [], S["bbc3_2008"],
     "Four teenagers in Abingdon, Oxfordshire."),
    ("bbc", "The Wall", "2008-01-22", ["comedy", "entertainment"], "series", "UK", [], S["bbc3_2008"],
     "Noel Fielding hosts new comedy talent and user-generated content."),
    ("bbc", "RuPaul's Drag Race UK", "2019-08-23", ["reality", "factual entertainment"], "series", "UK",
     ["fiona-campbell"], S["bbc3_2019"], None),
    ("bbc", "Skin", "2019-08-23", ["factual", "factual entertainment"], "series", "UK", ["fiona-campbell"],
     S["bbc3_2019"], "Leading dermatologists help people with troublesome skin conditions."),
    ("bbc", "Fight Dirty", "2019-08-23", ["factual entertainment"], "pilot", "UK", ["fiona-campbell"],
     S["bbc3_2019"], None),
    ("bbc", "Blue Lights (series 3 and 4)", "2024-02-22", ["drama", "crime"], "series", "UK", ["lindsay-salt"],
     S["bbc_drama_2024"], "Belfast-based police drama."),
    # Channel 4
    ("channel-4", "Top Boy", "2011-07-03", ["drama", "crime"], "series", "UK", [], S["c4_2011"],
     "Gang life in east London, written by Ronan Bennett."),
    ("channel-4", "Fresh Meat", "2011-07-03", ["comedy", "drama"], "series", "UK", [], S["c4_2011"],
     "A campus comedy drama from the creators of Peep Show."),
    ("channel-4", "Slam", "2011-07-03", ["drama"], "series", "UK", [], S["c4_2011"],
     "From Nick Hornby's novel about a teenage boy who gets a girl pregnant."),
    ("channel-4", "Falling", "2025-02-12", ["drama", "romance"], "series", "UK", ["ollie-madden"], S["c4_2025b"],
     "A woman who has been a nun for most of her adult life falls in love with a catholic priest."),
    ("channel-4", "The Rachel Incident", "2025-02-12", ["comedy", "drama"], "series", "UK", ["ollie-madden"],
     S["c4_2025b"], "Twenty-something best friends in 1990s Ireland."),
    ("channel-4", "Pierre", "2025-02-12", ["drama"], "series", "UK", ["ollie-madden"], S["c4_2025b"], None),
    ("channel-4", "The Undeclared War (season 2)", "2025-02-12", ["thriller", "drama"], "series", "UK",
     ["ollie-madden"], S["c4_2025"], "A cyber thriller."),
    # Arte
    ("arte", "Ride Upon the Storm", "2017-09-15", ["drama"], "series", "Denmark", [], S["arte_2017"], None),
    ("arte", "Eden", "2017-09-15", ["drama"], "series", "Europe", [], S["arte_2017"], "On the migrant crisis."),
    ("arte", "Bad Banks", "2017-09-15", ["drama", "thriller"], "series", "Germany", [], S["arte_2017"],
     "Inside the opaque world of European finance."),
    ("arte", "Occupied (season 2)", "2017-09-15", ["drama", "thriller"], "series", "Norway", [], S["arte_2017"],
     None),
    ("arte", "Moloch", "2020-09-23", ["drama", "fantasy"], "series", "France", ["olivier-wotling"], S["arte_2020"],
     "People start bursting into flames for no apparent reason."),
    ("arte", "No Man's Land", "2020-09-23", ["thriller", "spy"], "series", "France", ["olivier-wotling"],
     S["arte_2020"], "An espionage thriller co-produced with Israel and Belgium."),
    ("arte", "Kidnapping", "2020-09-23", ["crime", "thriller"], "series", "Denmark", ["olivier-wotling"],
     S["arte_2020"], None),
    ("arte", "Géométrie de la mort", "2020-09-23", ["crime", "drama"], "series", "Europe", ["olivier-wotling"],
     S["arte_2020"], None),
    ("arte", "Nismet", "2024-09-14", ["drama"], "limited series", "France", [], S["arte_2024"], None),
    # RAI
    ("rai", "La Storia", "2022-02-26", ["drama", "period drama"], "series", "Italy", ["maria-pia-ammirati"],
     S["rai_2022"], "From Elsa Morante's novel, directed by Francesca Archibugi."),
    ("rai", "Il conte di Montecristo", "2022-02-26", ["drama", "period drama"], "series", "Italy",
     ["maria-pia-ammirati"], S["rai_2022"], None),
    ("rai", "Alda Merini - La poetessa dei Navigli", "2022-02-26", ["biopic", "drama"], "tv movie", "Italy",
     ["maria-pia-ammirati"], S["rai_2022"], None),
    ("rai", "Tina, partigiana della democrazia", "2022-02-26", ["biopic", "drama"], "tv movie", "Italy",
     ["maria-pia-ammirati"], S["rai_2022"], None),
    ("rai", "Fernanda Wittgens", "2022-02-26", ["biopic", "drama"], "tv movie", "Italy", ["maria-pia-ammirati"],
     S["rai_2022"], None),
    ("rai", "Fiori sopra l'inferno", "2022-02-26", ["crime", "thriller"], "series", "Italy",
     ["maria-pia-ammirati"], S["rai_2022"], "A police profiler hunts a killer in the mountains while facing Alzheimer's."),
    ("rai", "Blood on the Altar - Il caso Claps", "2022-02-26", ["true crime", "drama"], "series", "Italy",
     ["maria-pia-ammirati"], S["rai_2022"], None),
    ("rai", "Gloria", "2022-02-26", ["comedy", "drama"], "series", "Italy", ["maria-pia-ammirati"], S["rai_2022"],
     None),
    ("rai", "Mare fuori (season 3)", "2022-02-26", ["drama"], "series", "Italy", ["maria-pia-ammirati"],
     S["rai_2022"], "Young inmates of a juvenile prison."),
    ("rai", "Il commissario Charitos", "2022-02-26", ["crime"], "series", "Italy", ["maria-pia-ammirati"],
     S["rai_2022"], None),
    # Movistar Plus+
    ("movistar-plus", "Justo antes de Cristo", "2018-09-12", ["comedy"], "series", "Spain", ["domingo-corral"],
     S["mov_2018"], "A comedy about the Romans."),
    ("movistar-plus", "Virtual Hero", "2018-09-12", ["anime", "animation"], "series", "Spain", [], S["mov_2018"],
     None),
    ("movistar-plus", "La peste (season 2)", "2018-09-12", ["drama", "period drama"], "series", "Spain", [],
     S["mov_2018"], None),
    ("movistar-plus", "Arde Madrid", "2018-09-12", ["comedy", "period drama"], "series", "Spain", [], S["mov_2018"],
     None),
    ("movistar-plus", "Pedro por Los Javis", "2024-10-08", ["entertainment", "documentary"], "special", "Spain",
     ["domingo-corral"], S["mov_2024"], "A special on Pedro Almodóvar's cinema."),
    ("movistar-plus", "Matar a un oso", "2025-07-03", ["drama", "thriller"], "series", "Spain", ["jorge-pezzi"],
     S["mov_2025"], None),
    # Crunchyroll
    ("crunchyroll", "High Guardian Spice", "2018-08-22", ["animation", "fantasy"], "series", "US", [], S["cr_hgs"],
     "Four girls master battle and sorcery at High Guardian Academy."),
    ("crunchyroll", "Tower of God", "2020-04-01", ["anime", "fantasy", "action"], "series", "Japan", [], S["cr_tog"],
     "A young man battles his way through the mysterious Tower."),
    ("crunchyroll", "Noblesse", "2020-08-14", ["anime", "action"], "series", "Japan", [], S["cr_noblesse"], None),
    ("crunchyroll", "Estab Life: Great Escape", "2022-01-20", ["anime", "sci-fi"], "series", "Japan", [],
     S["cr_fuji"], "An experimental Tokyo managed by AIs."),
    ("crunchyroll", "Ooyukiumi no Kaina", "2022-01-20", ["anime", "fantasy"], "series", "Japan", [], S["cr_fuji"],
     "Kaina and Liliha journey to save their homes."),
    # Disney+ Hotstar
    ("disney-plus-hotstar", "Special Ops", "2020-02-26", ["thriller", "spy"], "series", "India",
     ["gaurav-banerjee"], S["hs_2020"], "A 19-year hunt for the terrorist behind India's biggest attacks."),
    ("disney-plus-hotstar", "Mahabharat", "2022-09-10", ["mythology", "drama"], "series", "India",
     ["gaurav-banerjee"], S["hs_d23"], "An adaptation of the epic Mahabharata."),
    ("disney-plus-hotstar", "Showtime", "2022-09-10", ["drama"], "series", "India", ["gaurav-banerjee"], S["hs_d23"],
     "Set in India's movie industry."),
    ("disney-plus-hotstar", "Koffee With Karan (season 8)", "2022-09-10", ["talk show"], "series", "India",
     ["gaurav-banerjee"], S["hs_d23"], None),
    # Viu
    ("viu", "Song Ji-hyo's Beauty Views", "2017-04-26", ["lifestyle"], "series", "Korea", [], S["viu_2017"], None),
    ("viu", "Gehraiyaan", "2017-04-26", ["thriller"], "series", "India", [], S["viu_2017"], "A Hindi urban thriller."),
    ("viu", "Spotlight", "2017-04-26", ["drama"], "series", "India", [], S["viu_2017"],
     "Breaking into Bollywood."),
    ("viu", "pillA", "2017-04-26", ["drama"], "series", "India", [], S["viu_2017"],
     "A woman retraces her steps to find out how she got pregnant."),
    ("viu", "Spotlight 2", "2018-04-26", ["drama"], "series", "India", ["janice-lee"], S["viu_2018"], None),
    ("viu", "Kenapa Harus Bule?", "2018-04-26", ["comedy", "drama"], "series", "Indonesia", ["janice-lee"],
     S["viu_2018"], None),
    ("viu", "The Bridge", "2018-04-26", ["crime", "thriller"], "series", "Singapore", ["janice-lee"], S["viu_2018"],
     "A remake filmed in Singapore and Malaysia."),
    # Showmax
    ("showmax", "Blood Psalms", "2021-08-25", ["fantasy", "drama"], "series", "South Africa", ["candice-fangueiro"],
     S["sm_2021"], "A teenage princess battles a world-ending prophecy in ancient Africa."),
    ("showmax", "The Wife", "2021-08-25", ["telenovela", "drama"], "series", "South Africa", ["candice-fangueiro"],
     S["sm_2021"], None),
    ("showmax", "Troukoors", "2021-08-25", ["comedy", "romance"], "series", "South Africa", ["candice-fangueiro"],
     S["sm_2021"], None),
    ("showmax", "Ghana Jollof", "2021-08-25", ["comedy"], "series", "Ghana", ["candice-fangueiro"], S["sm_2021"],
     None),
    ("showmax", "Seks in Afrikaans", "2021-08-25", ["documentary"], "docuseries", "South Africa",
     ["candice-fangueiro"], S["sm_2021"], None),
    ("showmax", "Desert Rose", "2021-08-25", ["thriller", "family"], "series", "South Africa",
     ["candice-fangueiro"], S["sm_2021"], None),
    ("showmax", "Pulse", "2021-08-25", ["horror"], "series", "South Africa", ["candice-fangueiro"], S["sm_2021"],
     None),
    ("showmax", "Black Tax (season 2)", "2021-08-25", ["comedy"], "series", "South Africa", ["candice-fangueiro"],
     S["sm_2021"], None),
    ("showmax", "Red Ink", "2024-01-15", ["crime", "thriller"], "series", "South Africa", [], S["sm_2024"],
     "A journalist turned publicist is asked by an imprisoned serial killer to tell his story."),
    ("showmax", "Catch Me a Killer", "2024-01-15", ["true crime", "drama"], "series", "South Africa", [],
     S["sm_2024"], "South Africa's first serial-killer profiler, Micki Pistorius."),
    ("showmax", "Widows Unveiled", "2024-01-15", ["reality"], "series", "South Africa", [], S["sm_2024"], None),
    ("showmax", "Chocolate Kings", "2024-01-15", ["reality"], "series", "South Africa", [], S["sm_2024"],
     "The lives of male exotic dancers."),
    ("showmax", "The Counsellor", "2024-01-15", [], "series", "Nigeria", [], S["sm_2024"], None),
    ("showmax", "Single Kiasi", "2024-01-15", [], "series", "Kenya", [], S["sm_2024"], None),
    ("showmax", "Free Men", "2024-01-15", [], "series", "Nigeria", [], S["sm_2024"], None),
    ("showmax", "Flawsome", "2024-01-15", [], "series", "Nigeria", [], S["sm_2024"], None),
    ("showmax", "ENO", "2024-01-15", [], "series", "Ghana", [], S["sm_2024"], None),
    ("showmax", "Wyfie", "2024-01-15", [], "series", "South Africa", [], S["sm_2024"], None),
    ("showmax", "Koek", "2024-01-15", [], "series", "South Africa", [], S["sm_2024"], None),
    ("showmax", "Ekhaya Backpackers", "2024-01-15", [], "series", "South Africa", [], S["sm_2024"], None),
    ("showmax", "Tracking Thabo Bester", "2024-03-15", ["true crime", "documentary"], "docuseries", "South Africa",
     [], S["sm_bester"], "A four-part investigation into the convicted murderer's prison escape."),
    # TVNZ
    ("tvnz", "Project Runway NZ", "2018-04-10", ["reality", "competition"], "series", "New Zealand", [],
     S["tvnz_2018"], None),
    ("tvnz", "Heartbreak Island", "2018-04-10", ["reality", "dating"], "series", "New Zealand", [], S["tvnz_2018"],
     None),
    ("tvnz", "Design Junkies", "2018-04-10", ["reality"], "series", "New Zealand", [], S["tvnz_2018"], None),
    ("tvnz", "Under the Vines", "2021-11-18", ["drama", "comedy"], "series", "New Zealand", [], S["tvnz_2022"],
     "Shot in Otago with Rebecca Gibney."),
    ("tvnz", "Beyond the Veil", "2021-11-18", ["drama", "supernatural"], "series", "New Zealand", [],
     S["tvnz_2022"], "A supernatural anthology."),
    ("tvnz", "Duckrockers", "2021-11-18", ["comedy"], "series", "New Zealand", [], S["tvnz_2022"],
     "A Sione's Wedding prequel."),
    ("tvnz", "Wellington Paranormal (season 4)", "2021-11-18", ["comedy"], "series", "New Zealand", [],
     S["tvnz_2022"], None),
    ("tvnz", "Lego Masters NZ", "2021-11-18", ["reality", "competition"], "series", "New Zealand", [],
     S["tvnz_2022"], None),
    ("tvnz", "Testify", "2023-11-15", ["drama"], "series", "New Zealand", ["nevak-rogers"], S["tvnz_2024"],
     "A family at the head of a mega-church."),
    ("tvnz", "Warren's Vortex", "2023-11-15", ["comedy", "sci-fi"], "series", "New Zealand", ["nevak-rogers"],
     S["tvnz_2024b"], "A vortex in a suburban garden shed leads to parallel realities."),
    ("tvnz", "The Hospital", "2023-11-15", ["documentary", "observational documentary"], "docuseries",
     "New Zealand", ["nevak-rogers"], S["tvnz_2024b"], "Junior doctors at Middlemore Hospital."),
    ("tvnz", "Casketeers: Life & Death Around The World", "2023-11-15", ["factual", "documentary"], "docuseries",
     "New Zealand", ["nevak-rogers"], S["tvnz_2024b"], None),
    ("tvnz", "The Lost Boys of Dilworth", "2023-11-15", ["documentary"], "documentary", "New Zealand",
     ["nevak-rogers"], S["tvnz_2024b"], "Abuse at one of Auckland's wealthiest schools."),
    ("tvnz", "Mana Kura", "2023-11-15", ["documentary"], "documentary", "New Zealand", ["nevak-rogers"],
     S["tvnz_2024b"], "Documentary New Zealand."),
    ("tvnz", "The 501s: Inside", "2023-11-15", ["documentary"], "documentary", "New Zealand", ["nevak-rogers"],
     S["tvnz_2024b"], "Documentary New Zealand."),
    ("tvnz", "Hyper", "2023-11-15", ["documentary"], "documentary", "New Zealand", ["nevak-rogers"],
     S["tvnz_2024b"], "Documentary New Zealand."),
    ("tvnz", "The Filters", "2023-11-15", ["documentary"], "documentary", "New Zealand", ["nevak-rogers"],
     S["tvnz_2024b"], "Documentary New Zealand."),
    ("tvnz", "Predict My Future", "2023-11-15", ["documentary"], "documentary", "New Zealand", ["nevak-rogers"],
     S["tvnz_2024b"], "Documentary New Zealand."),
    ("tvnz", "Trans And Pregnant", "2023-11-15", ["documentary"], "documentary", "New Zealand", ["nevak-rogers"],
     S["tvnz_2024b"], "Documentary New Zealand."),
    ("tvnz", "James Must-A-Pic His Mum A New Man", "2023-11-15", ["reality", "dating"], "series", "New Zealand",
     ["nevak-rogers"], S["tvnz_2024"], None),
    # Crave
    ("crave", "Shoresy", "2021-06-10", ["comedy"], "series", "Canada", [], S["crave_2021"],
     "The first official Letterkenny spin-off."),
    ("crave", "Little Bird", "2021-06-10", ["drama"], "series", "Canada", [], S["crave_2021"], None),
    ("crave", "Thunder Bay", "2021-06-10", ["documentary", "true crime"], "docuseries", "Canada", [],
     S["crave_2021"], "Investigative series hosted by Anishinaabe journalist Ryan McMahon."),
    ("crave", "Du Me a Favor", "2021-06-10", ["comedy"], "series", "Canada", [], S["crave_2021"], None),
    ("crave", "1 Queen 5 Queers", "2021-06-10", ["entertainment", "talk show"], "series", "Canada", [],
     S["crave_2021"], None),
    ("crave", "Qui a tué Marie-Josée?", "2021-06-10", ["documentary", "true crime"], "docuseries", "Canada", [],
     S["crave_2021"], None),
    ("crave", "My Dead Mom", "2023-11-09", ["comedy"], "short-form series", "Canada", [], S["crave_2023"],
     "Three years on, Emmy's dead mother pops into her life to voice her opinions."),
]

RENAME = {"docuseries": "documentary", "science fiction": "sci-fi", "game show / competition": "game show",
          "animals & nature": "nature", "police/cop": "police"}


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def disney(path: str, taken: set[str]) -> list[dict]:
    out, seen = [], set()
    for r in csv.DictReader(open(path, encoding="utf-8")):
        if r["type"] != "TV Show" or not r["date_added"].strip() or not r["release_year"].strip():
            continue
        d = dt.datetime.strptime(r["date_added"].strip(), "%B %d, %Y").date()
        if str(d.year) != r["release_year"].strip():
            continue
        genres = [RENAME.get(g.strip().lower(), g.strip().lower()) for g in r["listed_in"].split(",")
                  if g.strip() and g.strip().lower() != "series"]
        fmt = "docuseries" if "documentary" in genres else "series"
        gid = "disney-plus--" + slug(r["title"])
        if gid in seen or slug(r["title"]) in taken:
            continue
        seen.add(gid)
        country = (r["country"] or "").split(",")[0].strip()
        rec = {"type": "greenlight", "id": gid, "title": r["title"].strip(), "buyer": "disney-plus",
               "date": d.isoformat(), "genres": genres, "format": fmt, "region": country or "US", "executives": []}
        if (r.get("description") or "").strip():
            rec["logline"] = r["description"].strip()
        rec["source"] = DISNEY_SRC
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
        if buyer == "disney-plus":
            taken.add(slug(title))
    recs.extend(disney(argv[1], taken))
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids: " + ", ".join(sorted({i for i in ids if ids.count(i) > 1})))
    for r in recs:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
