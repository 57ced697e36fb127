#!/usr/bin/env python3
"""Build the fifth held-out `mw ask` knowledge base from real public data.

    python tests/eval/heldout3/build_kb.py > tests/eval/heldout3/kb.jsonl

Two parts, both real and public, every record citing its own `source`:
  1. Hand-entered companies, executives, mandates and greenlights taken from the public pages cited
     (trade press, broadcaster press releases, interviews, festival talks). People are in the roles the
     source describes AS OF THE SOURCE'S DATE; many have moved on since. The KB is a snapshot.
  2. Disney+ greenlights from the public "Disney+ Movies and TV Shows" dataset (Kaggle, Shivam Bansal,
     2021), copy at https://github.com/HolisticFail/svod_catalog/blob/96664ae779697094006aed154eb77e14bd99692c/disney_plus_titles.csv
     The rows used (titles whose release year equals the year they were added to Disney+, 2019-2021)
     are in `disney_plus_titles_same_year.csv` next to this script, unchanged. `date` is the date ADDED
     TO DISNEY+, genres are the dataset's categories (lower-cased, a few renamed), `executives` is empty
     because the dataset does not say who commissioned a title, and not every title is necessarily a
     Disney+ original.
No record is fictional. Output is deterministic (sorted input, no randomness).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DISNEY_CSV = HERE / "disney_plus_titles_same_year.csv"
DISNEY_SRC = ("https://github.com/HolisticFail/svod_catalog/blob/96664ae779697094006aed154eb77e14bd99692c/"
              "disney_plus_titles.csv")

# --- sources -----------------------------------------------------------------------------------
S = dict(
    apple_thr="https://www.hollywoodreporter.com/tv/tv-news/apples-tv-push-a-guide-all-programming-far-1123806/",
    apple_cherniss="https://www.fiercevideo.com/online-video/former-wgn-president-cherniss-joins-apple-as-head-u-s-programming",
    apple_cherniss2="http://macdailynews.com/2017/08/15/former-wgn-america-president-matt-cherniss-joins-apple-in-latest-tv-push/",
    apple_bi="https://mobile.businessinsider.com/apple-tv-creative-executives-domestic-scripted-shows-movies-streaming-2023-12",
    apple_tms="https://www.engadget.com/2017/11/08/apple-drama-from-jennifer-aniston-and-reese-witherspoon/",
    apple_2019="https://www.igeeksblog.com/apple-tv-plus-original-tv-shows-series/",
    hbo_orsi="https://deadline.com/2022/08/hbo-drama-head-francesca-orsi-contract-extension-updated-title-1235102383/",
    hbo_team="https://i929fm.com/entertainment/harry-potter-big-little-lies-164500484.html",
    hbo_orsi2019="https://nexttv.com/news/hit-selector",
    pplus_tca="https://www.hollywoodreporter.com/tv/tv-news/mayor-of-kingstown-the-game-seal-team-renewed-at-paramount-1235084904",
    pplus_giles="https://archive.adgully.com/paramount-chief-programming-officer-tanya-giles-on-the-future-of-streaming-115114.html",
    pplus_giles2="https://www.oregonlive.com/entertainment/2022/02/a-happy-face-killer-series-1883-frasier-revival-news-from-the-2022-winter-press-tour.html",
    pplus_2022="https://www.avclub.com/taylor-sheridan-tulsa-king-lioness-paramount-plus-serie-1848543518",
    pea_rovner="https://www.hollywoodreporter.com/tv/tv-news/peacock-streaming-kardashians-golden-globes-future-4177564/",
    pea_2022="https://www.thehamdenjournal.com/world/peacock-adjusts-development-strategy-orders-james-wan-horror-drama-the-hamden-journal/452717/",
    pea_2023="https://inew.news/peacock-nbc-chief-on-streamers-poker-face-hot-streak-ad-tier-changes-and-lessons-from-vampire-academy/",
    pea_katz="https://www.newsbeep.com/ie/?p=173771",
    pea_mcg="https://hive.news/news/peacock-bill-mcgoldrick-frances-manfredi-lay-out-nbcu-streamer-s-content-strategy-comedy-focus-early-hits-more-a-list-collaborators?uid=56962",
    pea_2020="https://deadline.com/2020/01/macgruber-will-forte-clean-slate-laverne-cox-series-amy-poehler-norman-lear-mindy-kaling-peacock-development-slate-1202832542/",
    pea_macgruber="https://www.tvworthwatching.com/post/Peacock-Offers-Diversity-for-Fall.aspx",
    pv_2019="https://www.hollywoodreporter.com/news/amazon-european-originals-head-focus-local-shows-series-mania-2019-1197557",
    pv_2021="https://variety.com/2021/tv/global/amazon-lord-of-the-rings-uk-europe-1235049816/",
    pv_2022="https://deadline.com/2022/08/amazon-studios-europe-georgia-brown-exiting-after-five-years-in-post-1235104108/",
    pv_mipcom="https://www.screendaily.com/news/amazon-studios-georgia-brown-puts-out-call-for-italy-spain-head-of-scripted-posts/5143847.article",
    pv_exit="https://www.screendaily.com/news/amazon-studios-european-originals-director-georgia-brown-to-step-down/5173972.article",
    canal_sacd="https://sacd.fr/rencontre-pro-canal-plus-de-la-patelliere",
    canal_western="https://www.lemediaplus.com/fabrice-de-patelliere-canal-on-souhaite-revisiter-western-spaghetti-science-fiction-serie/",
    canal_media="http://www.lemediaplus.com/entretien-avec-fabrice-de-la-patelliere-directeur-de-la-fiction-de-canal-1/",
    canal_2019="https://www.konbini.com/biiinge/de-the-new-pope-a-guerre-mondes-series-2019-2020-de-canal/",
    canal_2020="https://www.cnews.fr/divertissement/2020-08-27/4-creations-originales-canal-decouvrir-prochainement-992540",
    canal_2021="https://www.cnews.fr/divertissement/2021-08-31/canal-la-flamme-valide-blanche-gardin-la-chaine-fait-le-plein-de",
    canal_2022="https://www.cnews.fr/divertissement/2022-09-21/canal-les-5-creations-originales-ne-pas-manquer-1267997",
    zdf_2019="https://www.finanznachrichten.de/nachrichten-2019-07/47091510-innovative-serienstrategie-fuer-zdf-und-zdfneo-get-together-mit-prominenten-gaesten-auf-dem-filmfest-muenchen-007.htm",
    zdf_schwarm="https://m.quotenmeter.de/mn/110451/zdf-arbeitet-an-sci-fi-serie-der-schwarm",
    zdf_scifi="https://dwdl.de/interviews/72935/scifi_made_by_zdf_frank_zervos_und_die_neue_fictionvielfalt/page_1.html",
    zdfneo_2017="http://www.pressreader.com/germany/nordwest-zeitung/20170802/282333974988074",
    zdfneo_svz="https://www.svz.de/deutschland-welt/leute/serienoffensive-bei-zdfneo-nachschub-fuer-die-primetime-id17454756.html",
    nrk_variety="https://variety.com/2017/film/festivals/haugesund-nrk-ivar-kohn-norway-tv-drama-build-nordic-noir-1202534250/",
    nrk_cs="https://www.cinemascandinavia.com/ivar-kohn-nrk-to-be-broad-you-need-to-be-brilliant/",
    nrk_dagsavisen="https://www.dagsavisen.no/helg/reportasje/2018/02/24/tiden-er-inne-for-norsk-drama/",
    nrk_forlife="https://worldscreen.com/tvdrama/norways-first-police-procedural-to-go-global-with-drg/",
    nrk_osnes="https://www.c21media.net/news/nrk-names-head-of-intl-drama-finance/",
    yle_2016="http://www.nordiskfilmogtvfond.com/index.php/news/stories/yle-head-drama-welcomes-generational-shift-scriptwriting/",
    yle_2019="https://nordiskfilmogtvfond.com/news/interview/lampela-on-yle-dramas-2020-slate-and-international-strategy",
    yle_strategy="https://www.nordiskfilmogtvfond.com/news/stories/yle-drama-on-upcoming-tv-slate-and-new-commissioning-strategy",
    abc_riley="https://if.com.au/sally-riley-announces-departure-from-the-abc/",
    abc_wants="https://www.mediamentors.com.au/post/what-do-the-scripted-commissioners-want",
    abc_abbott="https://if.com.au/the-abcs-todd-abbott-gets-ready-to-hit-the-development-greenlight/",
    abc_2015="http://if.com.au/abc-loads-up-on-factual-and-comedies/",
    abc_2026="https://www.c21media.net/news/australias-abc-orders-princess-pictures-comedy-and-moving-floor-crime-thriller/",
    tving_2021="https://cm.asiae.co.kr/en/article/2021030909161438446",
    tving_yang="https://www.formatbiz.it/dettNews.aspx?id=9571",
    tving_2023="https://www.nme.com/en_asia/news/tv/tving-streaming-2023-upcoming-korean-drama-kdrama-variety-lineup-3365108",
    globo_folha="https://f5.folha.uol.com.br/colunistas/cristina-padiglione/2022/12/chefao-do-globoplay-aposta-em-tematicas-positivas-como-nova-tendencia.shtml",
    globo_gama="https://gamarevista.uol.com.br/semana/o-que-voce-ta-assistindo/erick-bretas-globoplay-true-crime-novela/",
    globo_uol="https://uol.com.br/splash/colunas/lucas-pasin/2023/06/23/como-chefao-do-globoplay-pretende-seduzir-atores-cansados-de-fazer-novelas.htm",
    globo_2019="https://natelinha.uol.com.br/mercado/2019/10/18/globoplay-busca-executivo-para-o-lugar-de-diretor-tampao-135484.php",
    via_nordisk="https://nordiskfilmogtvfond.com/news/stories/nent-groups-filippa-wallestam",
    via_c21="https://www.c21media.net/screenings/viaplaygroup/programming/575712/",
    via_ws="https://worldscreen.com/tvdrama/nent-groups-filippa-wallestam/",
    via_rydbacken="https://nordiskfilmogtvfond.com/news/stories/viaplays-camilla-rydbacken-the-global-demand-for-nordic-content-is-one-of-the-drivers-behind-our-expansion",
    via_2017="https://variety.com/2017/film/festivals/goteborg-modern-times-group-svod-service-viaplay-2017-production-lineup-1201978204/",
    via_poland="http://telepro.com.pl/2021/08/04/viaplay-sportowo-filmowy-debiut-roku",
)

# id, name, kind, region, aliases, source
COMPANIES = [
    ("apple-tv-plus", "Apple TV+", "streamer", "US", ["Apple TV Plus", "Apple"], S["apple_thr"]),
    ("hbo", "HBO", "network", "US", ["HBO Max", "Max"], S["hbo_orsi"]),
    ("paramount-plus", "Paramount+", "streamer", "US", ["Paramount Plus"], S["pplus_tca"]),
    ("peacock", "Peacock", "streamer", "US", [], S["pea_rovner"]),
    ("prime-video", "Prime Video", "streamer", "US", ["Amazon Prime Video", "Amazon Studios", "Amazon"], S["pv_2022"]),
    ("disney-plus", "Disney+", "streamer", "US", ["Disney Plus"], DISNEY_SRC),
    ("canal-plus", "Canal+", "network", "France", ["Canal Plus", "myCANAL"], S["canal_sacd"]),
    ("zdf", "ZDF", "network", "Germany", ["ZDFneo"], S["zdf_2019"]),
    ("nrk", "NRK", "network", "Norway", ["NRK1"], S["nrk_variety"]),
    ("yle", "Yle", "network", "Finland", ["Yle Areena", "Yle TV1"], S["yle_2019"]),
    ("abc-australia", "ABC", "network", "Australia", ["ABC Australia", "ABC TV", "ABC iview"], S["abc_riley"]),
    ("tving", "TVING", "streamer", "South Korea", [], S["tving_2023"]),
    ("globoplay", "Globoplay", "streamer", "Brazil", ["Globo"], S["globo_gama"]),
    ("viaplay", "Viaplay", "streamer", "Nordics", ["NENT Group", "Viaplay Group"], S["via_nordisk"]),
]

# id, name, company, title, region, genres, formats, updated_at, source, pitch_process
EXECS = [
    ("matt-cherniss", "Matt Cherniss", "apple-tv-plus", "Head of US Programming (creative development, domestic)", "US",
     ["drama", "comedy", "thriller"], ["series", "limited series"], "2017-08-15", S["apple_cherniss2"], None),
    ("morgan-wandell", "Morgan Wandell", "apple-tv-plus", "Head of International Creative Development", "Global",
     ["drama", "thriller"], ["series"], None, S["apple_thr"], None),
    ("kim-rozenfeld", "Kim Rozenfeld", "apple-tv-plus", "Head of Unscripted and Current Programming", "US",
     ["unscripted", "documentary", "reality"], ["docuseries", "series"], None, S["apple_thr"], None),
    ("francesca-orsi", "Francesca Orsi", "hbo", "EVP, HBO Programming; Head of HBO Drama Series and Films", "US",
     ["drama", "fantasy", "crime"], ["series", "limited series", "film"], "2022-08-29", S["hbo_orsi"],
     "HBO drama is hunting for ongoing contemporary series: a limited series pitched as one that could "
     "be shoehorned into a returning show 'in success' is not what it wants."),
    ("amy-gravitt", "Amy Gravitt", "hbo", "EVP, HBO Programming (comedy)", "US", ["comedy"], ["series"], None,
     S["hbo_team"], None),
    ("lisa-heller", "Lisa Heller", "hbo", "EVP, HBO Documentary Films", "US", ["documentary"],
     ["docuseries", "film"], None, S["hbo_team"], None),
    ("nina-rosenstein", "Nina Rosenstein", "hbo", "EVP, HBO Programming (late night and specials)", "US",
     ["late night", "talk show", "stand-up"], ["special", "series"], None, S["hbo_team"], None),
    ("nicole-clemens", "Nicole Clemens", "paramount-plus",
     "President, Paramount Television Studios; Head of Scripted Originals, Paramount+", "US",
     ["drama", "comedy", "western"], ["series"], None, S["pplus_tca"], None),
    ("tanya-giles", "Tanya Giles", "paramount-plus", "Chief Programming Officer, Streaming (Paramount+ and Pluto TV)",
     "US", ["family", "kids", "unscripted"], ["series"], None, S["pplus_giles"], None),
    ("susan-rovner", "Susan Rovner", "peacock", "Chairman, Entertainment Content, NBCUniversal Television and Streaming",
     "US", ["drama", "comedy", "true crime", "reality"], ["series", "docuseries", "limited series"], "2023-03-25",
     S["pea_2022"], None),
    ("lisa-katz", "Lisa Katz", "peacock", "President, Scripted Content, NBC and Peacock", "US", ["drama", "comedy"],
     ["series", "co-production"], None, S["pea_katz"], None),
    ("bill-mcgoldrick", "Bill McGoldrick", "peacock",
     "President of Original Content, NBCU Entertainment Networks and Direct-to-Consumer", "US", ["comedy"],
     ["series"], None, S["pea_mcg"], None),
    ("georgia-brown", "Georgia Brown", "prime-video", "Director of European Originals, Amazon Studios", "Europe",
     ["drama", "comedy", "crime", "fantasy", "unscripted"], ["series", "film"], "2022-08-31", S["pv_2022"],
     "Amazon in Europe does not greenlight straight to series: its local teams in the UK, France, Germany, "
     "Italy and Spain work hand in hand with local creators through development to shape each idea."),
    ("james-farrell", "James Farrell", "prime-video", "Head of International Originals, Amazon Studios", "Global",
     ["drama", "unscripted"], ["series", "film"], None, S["pv_mipcom"], None),
    ("fabrice-de-la-patelliere", "Fabrice de la Patellière", "canal-plus",
     "Directeur de la fiction française (Création Originale), Canal+", "France",
     ["drama", "crime", "political thriller", "period drama", "fantasy", "western", "sci-fi"],
     ["series", "tv movie"], "2018-12-26", S["canal_sacd"],
     "Canal+ reads some 500 projects a year; what it looks for first is in the writing, where the potential "
     "of an innovative series shows: a strong, clear, immediate proposition that creates desire."),
    ("frank-zervos", "Frank Zervos", "zdf", "Head of TV Films and Series (Fernsehfilmchef), ZDF", "Germany",
     ["drama", "crime", "thriller", "sci-fi", "period drama"], ["event series", "limited series", "tv movie"],
     "2019-07-02", S["zdf_2019"], None),
    ("simone-emmelius", "Simone Emmelius", "zdf", "Channel Head, ZDFneo", "Germany", ["comedy", "sitcom", "thriller"],
     ["series", "co-production"], "2017-08-02", S["zdfneo_2017"], None),
    ("ivar-kohn", "Ivar Køhn", "nrk", "Head of Drama, NRK", "Norway",
     ["drama", "crime", "comedy", "youth drama", "police procedural"], ["series"], None, S["nrk_variety"],
     "NRK drama keeps one major production going at a time, supervised by its in-house producers, and "
     "takes its drama decisions before the summer."),
    ("hans-jorgen-osnes", "Hans-Jørgen Osnes", "nrk", "Head of International Drama Financing, NRK", "Norway",
     ["drama"], ["co-production"], "2021-06-14", S["nrk_osnes"],
     "NRK's head of international drama financing funds its drama through co-operation and financing "
     "abroad, in dialogue between NRK, Norwegian production companies and the international TV scene."),
    ("jarmo-lampela", "Jarmo Lampela", "yle", "Head of Drama, Yle", "Finland",
     ["drama", "crime", "comedy", "historical drama"], ["series", "short-form"], None, S["yle_2016"],
     "Yle Drama is no longer slot-driven: with entertainment, youth and feature films it looks at the "
     "overall slate and what is missing, then orders content for the two or three years to come."),
    ("suvi-mansnerus", "Suvi Mansnerus", "yle", "Executive Producer, Drama Development and International Partners, Yle",
     "Finland", ["drama", "youth drama"], ["series", "co-production"], None, S["yle_strategy"], None),
    ("sally-riley", "Sally Riley", "abc-australia", "Head of Drama, Entertainment and Indigenous (Head of Scripted Production)",
     "Australia", ["drama", "indigenous", "sketch comedy"], ["series"], "2023-05-02", S["abc_riley"], None),
    ("todd-abbott", "Todd Abbott", "abc-australia", "Head of Comedy, ABC", "Australia", ["comedy", "sitcom"],
     ["series"], None, S["abc_abbott"],
     "Comedy ideas reach the ABC as regular submissions; its Fresh Start Fund paid for scripts and series "
     "outlines of 30 of 200 concepts, with no guarantee of a commission."),
    ("richard-finlayson", "Richard Finlayson", "abc-australia", "Director of Television, ABC", "Australia",
     ["factual", "documentary"], ["docuseries", "series"], None, S["abc_2015"], None),
    ("hwang-hye-jung", "Hwang Hye-jung", "tving", "Head of Content Business Division, TVING", "South Korea",
     ["drama", "film", "variety"], ["series", "film"], "2021-03-09", S["tving_2021"], None),
    ("jay-yang", "Jay Yang", "tving", "CEO, TVING", "South Korea", ["reality", "dating", "competition", "travel"],
     ["series"], None, S["tving_yang"], None),
    ("erick-bretas", "Erick Brêtas", "globoplay", "Director of Digital Products and Pay Channels (head of Globoplay)",
     "Brazil", ["drama", "telenovela", "documentary", "true crime"], ["series", "telenovela", "docuseries"],
     "2023-06-23", S["globo_uol"],
     "Globoplay offers talent who are tired of year-long novelas shorter series to alternate with, and "
     "chains its releases so that novela viewers find its series and documentaries."),
    ("filippa-wallestam", "Filippa Wallestam", "viaplay", "EVP and Chief Content Officer, NENT Group / Viaplay",
     "Nordics", ["drama", "documentary", "young adult"], ["series", "film"], None, S["via_nordisk"], None),
    ("camilla-rydbacken", "Camilla Rydbacken", "viaplay", "SVP Scripted Content, Viaplay Group", "Nordics",
     ["drama", "crime", "thriller"], ["series"], None, S["via_rydbacken"], None),
    ("fredrik-ljungberg", "Fredrik Ljungberg", "viaplay", "Programme Director, Viaplay & Viasat Nordic", "Nordics",
     ["drama", "thriller"], ["series"], None, S["via_2017"], None),
]

# executive, text, date, source
MANDATES = [
    ("matt-cherniss", "Bigger, straight-to-series bets on premium scripted shows, as at WGN America, now as Apple's "
     "chief creative and head of US programming.", "2017-08-15", S["apple_cherniss2"]),
    ("morgan-wandell", "International creative development for Apple's originals, after a similar role at Amazon "
     "Studios.", None, S["apple_thr"]),
    ("francesca-orsi", "Ongoing contemporary drama series rather than limited ones: HBO is still pitched a ton of "
     "miniseries and is on the hunt for returning shows.", None, S["hbo_team"]),
    ("francesca-orsi", "Drama with something emotionally epic, the essence that Game of Thrones has.", None,
     S["hbo_orsi2019"]),
    ("nicole-clemens", "Priority projects that mine Paramount's IP: an update of the 1980 John Travolta and Debra "
     "Winger western, a Flashdance update and Guru Nation, a docu-style comedy about rival cult gurus.", None,
     S["pplus_tca"]),
    ("tanya-giles", "A content pipeline both deep and wide: a wide range of titles reduces churn, with something "
     "for everyone in the family.", None, S["pplus_giles"]),
    ("tanya-giles", "Buzzy originals alongside a something-for-everyone programming strategy for Paramount+.",
     None, S["pplus_giles2"]),
    ("susan-rovner", "Grow original content for Peacock, bring NBC's ratings back to No. 1 and keep the cable "
     "networks healthy.", None, S["pea_rovner"]),
    ("susan-rovner", "A stronger emphasis on drama led by eventized series, bingeable comedies, true-crime limited "
     "docuseries and celebrity-driven unscripted shows: about two-thirds drama, one-third comedy in development.",
     "2022-12-16", S["pea_2022"]),
    ("susan-rovner", "Get the parents before the teens: grown-up shows like Poker Face and The Traitors come before "
     "young-adult series.", "2023-03-25", S["pea_2023"]),
    ("lisa-katz", "Co-productions with Sky, comedy included, work when the show has an American access point.",
     None, S["pea_katz"]),
    ("bill-mcgoldrick", "Lean into comedy for Peacock originals, building on one of the strongest comedy libraries "
     "of any streamer.", None, S["pea_mcg"]),
    ("georgia-brown", "Hyper-local European series: a show doesn't have to travel around the world, it just has to "
     "be a hit for that territory; no genre is off the table.", None, S["pv_2019"]),
    ("georgia-brown", "Action and adventure films audiences can engage with between big juggernaut series, not "
     "Palme d'Or or Goya winners.", None, S["pv_2021"]),
    ("georgia-brown", "Never being in the volume game: every show ordered has a different need, a genre to explore "
     "or new waters to test.", "2022-08-31", S["pv_exit"]),
    ("james-farrell", "Five, ten, maybe fifteen shows, films, scripted and unscripted a year per territory, focused "
     "on Europe's big five markets: quality, not quantity.", None, S["pv_mipcom"]),
    ("fabrice-de-la-patelliere", "Remarkable series: modern, innovative, surprising; subscribers expect risk and "
     "the unexpected from Canal+.", "2018-12-26", S["canal_sacd"]),
    ("fabrice-de-la-patelliere", "Revisit the spaghetti western and science fiction in series form.", None,
     S["canal_western"]),
    ("fabrice-de-la-patelliere", "Exclusive, premium French fiction on subjects rarely or never treated in France, "
     "from political one-offs to returning 52-minute series.", None, S["canal_media"]),
    ("frank-zervos", "Three new event series a year, contemporary and critical of the times, after Bad Banks and "
     "Parfum, plus primetime multi-part films.", "2019-07-02", S["zdf_2019"]),
    ("frank-zervos", "Science fiction made by ZDF as part of a new variety in fiction.", None, S["zdf_scifi"]),
    ("simone-emmelius", "More original series for ZDFneo's younger audience, with more co-productions with foreign "
     "partners such as the Danish-German thriller Countdown Copenhagen.", "2017-08-02", S["zdfneo_svz"]),
    ("ivar-kohn", "Enough Nordic noir: time to let the Nordic light out in Norwegian drama.", "2018-02-24",
     S["nrk_dagsavisen"]),
    ("ivar-kohn", "To be broad, you need to be brilliant.", None, S["nrk_cs"]),
    ("ivar-kohn", "Scandinavia's new police procedural: core genre elements mixed up with an intriguing premise, "
     "dual timelines and a lightness of touch, a 'happy noir'.", None, S["nrk_forlife"]),
    ("hans-jorgen-osnes", "International co-operation and financing for NRK drama.", "2021-06-14", S["nrk_osnes"]),
    ("jarmo-lampela", "Three or four premium dramas a year: a crime series, a drama, at least one or two comedies, "
     "and a historical drama about every third year; short-form comedy such as 10x10' for online.", None,
     S["yle_2016"]),
    ("jarmo-lampela", "Local Finnish stories told on a global scale through international co-productions.", None,
     S["yle_2019"]),
    ("suvi-mansnerus", "Look at content from the audience's perspective: what people stream on Yle Areena and what "
     "would catch their attention.", None, S["yle_strategy"]),
    ("sally-riley", "High-end, high-concept scripted drama for Sunday 8.30pm that also works on iview; transport me "
     "to a world I haven't seen; diversity on screen and among the writers.", None, S["abc_wants"]),
    ("todd-abbott", "Keep the Wednesday comedy night thriving; new comedies will premiere in 2022 because the 2021 "
     "slate is fully committed.", None, S["abc_abbott"]),
    ("richard-finlayson", "A high-quality, deep and diverse slate of Australian content, from war and health "
     "documentaries to comedy pilots that viewers vote on.", None, S["abc_2015"]),
    ("hwang-hye-jung", "Entertainment value decides whether an OTT service succeeds: bring CJ ENM's production "
     "know-how to TVING and invest in outside creators, about 20 originals in 2021.", "2021-03-09", S["tving_2021"]),
    ("jay-yang", "Entertainment is TVING's core field for 2023: survival shows, travel entertainment and franchise "
     "IP such as EXchange; love reality and observational entertainment are the trends.", None, S["tving_yang"]),
    ("erick-bretas", "Feel-good stories with a positive message are the next trend after true crime.", None,
     S["globo_folha"]),
    ("erick-bretas", "Not bloody, sensationalist true crime; the novela remains Globoplay's flagship.", "2023-06-04",
     S["globo_gama"]),
    ("filippa-wallestam", "More documentaries, more young adult content and a better balance between the Nordic "
     "countries, with young and seasoned talent.", None, S["via_nordisk"]),
    ("filippa-wallestam", "Case by case: a big-budget show built on high-profile IP has to work internationally; "
     "ideas local in tone work on tighter budgets.", None, S["via_c21"]),
    ("filippa-wallestam", "Two English-language films a year about well-known Nordic personalities.", None,
     S["via_ws"]),
    ("camilla-rydbacken", "Keep investing in Nordic scripted content: global demand for Nordic stories drives "
     "Viaplay's expansion.", None, S["via_rydbacken"]),
    ("fredrik-ljungberg", "Push hard on original content, primarily Nordic or with a Nordic connection, to become the "
     "Nordic leader of scripted content.", None, S["via_2017"]),
]

# buyer, title, date, genres, format, region, country, executives, source, logline
HAND_GREENLIGHTS = [
    ("apple-tv-plus", "The Morning Show", "2017-11-08", ["drama"], "series", "US", "US", [], S["apple_tms"],
     "Jennifer Aniston and Reese Witherspoon in a drama behind the scenes of a morning show; two seasons ordered."),
    ("apple-tv-plus", "Amazing Stories", "2019-03-25", ["anthology", "fantasy", "horror", "sci-fi"], "series", "US",
     "US", [], S["apple_2019"], "Steven Spielberg's anthology, run by Hart Hanson, ten episodes from Amblin."),
    ("apple-tv-plus", "See", "2019-03-25", ["sci-fi", "drama"], "series", "US", "US", [], S["apple_2019"], None),
    ("apple-tv-plus", "Little America", "2019-03-25", ["anthology", "comedy"], "series", "US", "US", [],
     S["apple_2019"], None),
    ("hbo", "House of the Dragon (season 2)", "2022-08-29", ["drama", "fantasy"], "series", "US", "US",
     ["francesca-orsi"], S["hbo_orsi"], "The Game of Thrones prequel, renewed after HBO's biggest premiere audience."),
    ("paramount-plus", "Mayor of Kingstown (season 2)", "2022-02-15", ["drama", "crime", "thriller"], "series", "US",
     "US", [], S["pplus_2022"], "Mike McLusky's rise to power in a town that thrives on incarceration."),
    ("paramount-plus", "1932", "2022-02-15", ["drama", "western"], "series", "US", "US", [], S["pplus_2022"],
     "The next chapter of the Duttons' story, as the Wild West becomes a playground for the elite."),
    ("paramount-plus", "Bass Reeves", "2022-02-15", ["drama", "western", "biopic"], "limited series", "US", "US", [],
     S["pplus_2022"], "The first African-American marshal to police the whole Oklahoma territory."),
    ("paramount-plus", "Land Man", "2022-02-15", ["drama"], "series", "US", "US", [], S["pplus_2022"],
     "Fortune-seeking in the oil boomtowns of West Texas, from the Boomtown podcast."),
    ("peacock", "Saved by the Bell", "2020-01-16", ["comedy"], "series", "US", "US", [], S["pea_2020"], None),
    ("peacock", "Punky Brewster", "2020-01-16", ["comedy"], "series", "US", "US", [], S["pea_2020"], None),
    ("peacock", "A.P. Bio", "2020-01-16", ["comedy"], "series", "US", "US", [], S["pea_2020"], None),
    ("peacock", "Rutherford Falls", "2020-01-16", ["comedy"], "series", "US", "US", [], S["pea_2020"],
     "An Ed Helms and Mike Schur comedy."),
    ("peacock", "MacGruber", "2020-08-16", ["comedy", "action"], "series", "US", "US", [], S["pea_macgruber"],
     "Will Forte's action-comedy from the SNL MacGyver parody; eight episodes."),
    ("peacock", "Queen's Court", "2022-12-16", ["reality", "dating"], "series", "US", "US", [], S["pea_2022"],
     "Dating reality series with Tamar Braxton, Evelyn Lozada and Nivea."),
    ("prime-video", "Good Omens", "2022-08-31", ["fantasy", "drama"], "series", "UK", "GB", ["georgia-brown"],
     S["pv_2022"], None),
    ("prime-video", "The Grand Tour", "2022-08-31", ["unscripted", "entertainment"], "series", "UK", "GB",
     ["georgia-brown"], S["pv_2022"], None),
    ("prime-video", "Clarkson's Farm", "2022-08-31", ["unscripted", "factual"], "series", "UK", "GB",
     ["georgia-brown"], S["pv_2022"], None),
    ("prime-video", "The Power", "2022-08-31", ["drama"], "series", "UK", "GB", ["georgia-brown"], S["pv_2022"], None),
    ("prime-video", "Fifteen-Love", "2022-08-31", ["drama"], "series", "UK", "GB", ["georgia-brown"], S["pv_2022"],
     None),
    ("prime-video", "Jungle", "2022-08-31", ["drama"], "series", "UK", "GB", ["georgia-brown"], S["pv_exit"], None),
    ("prime-video", "LOL", "2022-08-31", ["comedy", "entertainment"], "series", "Europe", None, ["georgia-brown"],
     S["pv_2022"], "European versions of the comedy format."),
    ("prime-video", "Bang Bang Baby", "2022-08-31", ["drama", "crime"], "series", "Italy", "IT", ["georgia-brown"],
     S["pv_2022"], None),
    ("prime-video", "We Children from Bahnhof Zoo", "2022-08-31", ["drama"], "series", "Germany", "DE",
     ["georgia-brown"], S["pv_2022"], None),
    ("prime-video", "Le Bal des folles", "2022-08-31", ["drama"], "film", "France", "FR", ["georgia-brown"],
     S["pv_2022"], "Mélanie Laurent's feature film."),
    ("canal-plus", "Les Sauvages", "2019-08-28", ["drama", "political drama"], "series", "France", "FR", [],
     S["canal_2019"], "In a near future France elects its first president of Arab origin; two families' paths."),
    ("canal-plus", "La Guerre des mondes", "2019-08-28", ["sci-fi", "drama"], "series", "France", "FR", [],
     S["canal_2019"], "Howard Overman's international co-production of H.G. Wells's alien invasion."),
    ("canal-plus", "La Flamme", "2020-08-27", ["comedy", "parody"], "series", "France", "FR", [], S["canal_2020"],
     "Jonathan Cohen parodies Bachelor-style dating shows, 9x26'."),
    ("canal-plus", "Possessions", "2020-08-27", ["thriller"], "limited series", "France", "FR", [], S["canal_2020"],
     "A young French expatriate in Israel is accused of killing her husband on their wedding night."),
    ("canal-plus", "Ovni(s)", "2020-08-27", ["comedy", "fantasy"], "series", "France", "FR", [], S["canal_2020"],
     "1978: a brilliant engineer's dream of space travel collapses, 12x30'."),
    ("canal-plus", "On the Verge", "2021-08-31", ["comedy"], "series", "France", "FR", [], S["canal_2021"],
     "Julie Delpy's first series: four friends in their forties in Los Angeles."),
    ("canal-plus", "La meilleure version de moi-même", "2021-08-31", ["comedy"], "series", "France", "FR", [],
     S["canal_2021"], "Blanche Gardin's first series."),
    ("canal-plus", "La vengeance au triple galop", "2021-08-31", ["comedy", "parody"], "series", "France", "FR", [],
     S["canal_2021"], "Alex Lutz's homage to 1980s soaps."),
    ("canal-plus", "VTC", "2021-08-31", ["drama"], "limited series", "France", "FR", [], S["canal_2021"],
     "Mini-series led by Golshifteh Farahani."),
    ("canal-plus", "Infiniti", "2021-08-31", ["sci-fi", "thriller"], "limited series", "France", "FR", [],
     S["canal_2021"], "The ISS loses contact with Earth as an astronaut's body is found in Kazakhstan."),
    ("canal-plus", "Validé (season 2)", "2021-08-31", ["drama", "music"], "series", "France", "FR", [],
     S["canal_2021"], "A heroine's path through the world of rap."),
    ("canal-plus", "Paris Police 1905", "2022-09-21", ["crime", "period drama"], "series", "France", "FR", [],
     S["canal_2022"], "Inspector Jouin investigates the secret parties of the Bois de Boulogne, 6 episodes."),
    ("canal-plus", "La nuit où Laurier Gaudreault s'est réveillé", "2022-09-21", ["drama"], "limited series",
     "France", "FR", [], S["canal_2022"], "Xavier Dolan's first series: a family reunion thirty years on."),
    ("canal-plus", "Django", "2022-09-21", ["western", "drama"], "series", "France", "FR", [], S["canal_2022"],
     "Matthias Schoenaerts as a man whose family was murdered eight years earlier, 10 episodes."),
    ("canal-plus", "Désordres", "2022-09-21", ["comedy"], "series", "France", "FR", [], S["canal_2022"],
     "Written by and starring Florence Foresti."),
    ("canal-plus", "Marie-Antoinette", "2022-09-21", ["period drama"], "series", "France", "FR", [], S["canal_2022"],
     None),
    ("zdf", "Die neue Zeit", "2019-07-02", ["period drama"], "limited series", "Germany", "DE", ["frank-zervos"],
     S["zdf_2019"], "Six-part series about the Bauhaus."),
    ("zdf", "Bad Banks (season 2)", "2019-07-02", ["drama", "thriller"], "series", "Germany", "DE", ["frank-zervos"],
     S["zdf_2019"], None),
    ("zdf", "Preis der Freiheit", "2019-07-02", ["drama", "historical drama"], "limited series", "Germany", "DE",
     ["frank-zervos"], S["zdf_schwarm"], "Three-parter on thirty years since the fall of the Wall."),
    ("zdf", "Die verlorene Tochter", "2019-07-02", ["drama"], "limited series", "Germany", "DE", ["frank-zervos"],
     S["zdf_schwarm"], None),
    ("zdf", "Unterleuten", "2019-07-02", ["drama"], "limited series", "Germany", "DE", ["frank-zervos"],
     S["zdf_schwarm"], None),
    ("zdf", "Der Schwarm", "2019-07-02", ["sci-fi", "thriller"], "series", "Germany", "DE", ["frank-zervos"],
     S["zdf_schwarm"], "Adaptation of Frank Schätzing's novel."),
    ("zdf", "Blockbustaz (season 2)", "2017-08-02", ["comedy", "sitcom"], "series", "Germany", "DE",
     ["simone-emmelius"], S["zdfneo_2017"], "Twelve new episodes with rapper Eko Fresh."),
    ("zdf", "Countdown Copenhagen", "2017-08-02", ["thriller"], "series", "Germany", "DK", ["simone-emmelius"],
     S["zdfneo_svz"], "A hostage-taking in the Copenhagen metro; Danish-German thriller in eight episodes."),
    ("zdf", "Im Knast (new season)", "2017-08-02", ["comedy"], "series", "Germany", "DE", ["simone-emmelius"],
     S["zdfneo_2017"], None),
    ("tving", "Writing Your Destiny", "2021-03-09", ["drama", "fantasy"], "series", "South Korea", "KR", [],
     S["tving_2021"], "From Kim Eun-sook, the writer of Goblin."),
    ("tving", "Seobok", "2021-03-09", ["sci-fi"], "film", "South Korea", "KR", [], S["tving_2021"],
     "Gong Yoo and Park Bo-gum."),
    ("tving", "Welcome to the Witch's Restaurant", "2021-03-09", ["drama", "fantasy"], "series", "South Korea", "KR",
     [], S["tving_2021"], "Starring Song Ji-hyo."),
    ("tving", "Island", "2022-12-12", ["drama", "fantasy", "action"], "series", "South Korea", "KR", [],
     S["tving_2023"], "Kim Nam-gil, Lee Da-hee and Cha Eun-woo fight the evil trying to destroy the world."),
    ("tving", "Duty After School", "2022-12-12", ["drama", "sci-fi", "thriller"], "series", "South Korea", "KR", [],
     S["tving_2023"], "From a webtoon: students made to fight slime-like creatures as an extra-curricular activity."),
    ("tving", "Cruel Intern", "2022-12-12", ["drama", "comedy"], "series", "South Korea", "KR", [], S["tving_2023"],
     "Two women in their forties start over as interns."),
    ("tving", "All That We Loved", "2022-12-12", ["drama", "romance"], "series", "South Korea", "KR", [],
     S["tving_2023"], "Best friends become rivals in love after an organ donation."),
    ("tving", "The Dessert", "2022-12-12", ["competition", "cooking"], "series", "South Korea", "KR", [],
     S["tving_2023"], "Dessert-making competition."),
    ("tving", "The Time Hotel", "2022-12-12", ["competition", "game show"], "series", "South Korea", "KR", [],
     S["tving_2023"], "Survival game show."),
    ("tving", "Ticketing on Two Feet", "2022-12-12", ["reality", "travel"], "series", "South Korea", "KR", [],
     S["tving_2023"], None),
    ("tving", "Webtoon Singer", "2022-12-12", ["variety", "music"], "series", "South Korea", "KR", [],
     S["tving_2023"], None),
    ("tving", "KPOP Generation", "2022-12-12", ["documentary", "music"], "docuseries", "South Korea", "KR", [],
     S["tving_2023"], None),
    ("globoplay", "Desalma", "2019-10-18", ["horror", "drama"], "series", "Brazil", "BR", [], S["globo_2019"],
     "Horror series with Cássia Kiss and Cláudia Abreu."),
    ("globoplay", "Eu, a Vó e a Boi", "2019-10-18", ["comedy"], "series", "Brazil", "BR", [], S["globo_2019"],
     "From Miguel Falabella."),
    ("globoplay", "As Five", "2019-10-18", ["drama", "youth drama"], "series", "Brazil", "BR", [], S["globo_2019"],
     "Spin-off of Malhação: Viva a Diferença."),
    ("globoplay", "Betinho", "2022-12-04", ["drama", "biopic"], "series", "Brazil", "BR", [], S["globo_folha"],
     "The sociologist who led Brazil's first national campaign against hunger; Júlio Andrade stars."),
    ("abc-australia", "Fortitude Valley", "2026-02-23", ["crime", "thriller"], "series", "Australia", "AU", [],
     S["abc_2026"], "Six-part crime thriller on underground syndicates and corruption in Brisbane."),
    ("abc-australia", "Separated at Birth", "2026-02-23", ["comedy"], "series", "Australia", "AU", [], S["abc_2026"],
     "Nazeem Hussain as a paramedic whose wife asks for a divorce as she gives birth."),
    ("viaplay", "The Lawyer", "2017-02-06", ["crime", "thriller"], "series", "Sweden", "SE", ["fredrik-ljungberg"],
     S["via_2017"], "A defence attorney who witnessed his parents' murder becomes obsessed with revenge."),
    ("viaplay", "Veni, Vidi, Vici", "2017-02-06", ["comedy"], "series", "Sweden", "SE", ["fredrik-ljungberg"],
     S["via_2017"], "An art-house director's life's work bombs and he ends up on his father's farm."),
    ("viaplay", "Hassel", "2017-02-06", ["crime", "thriller"], "series", "Sweden", "SE", ["fredrik-ljungberg"],
     S["via_2017"], None),
    ("viaplay", "Polish Murderesses", "2021-08-04", ["crime", "drama"], "series", "Poland", "PL", [], S["via_poland"],
     "One of Viaplay's first Polish originals."),
    ("viaplay", "Black Dog", "2021-08-04", ["drama"], "series", "Poland", "PL", [], S["via_poland"], None),
    ("viaplay", "Freedom of the Swallow", "2021-08-04", ["drama"], "series", "Poland", "PL", [], S["via_poland"],
     None),
]

# Disney+ categories renamed to the words the rest of the KB uses; "docuseries" is a format there.
RENAME = {"science fiction": "sci-fi", "animals & nature": "nature", "police/cop": "police",
          "spy/espionage": "spy", "game show / competition": "competition", "documentary": "documentary"}
DROP = {"series", "movies", "docuseries"}
COUNTRY = {"United States": "US", "Canada": "CA", "United Kingdom": "GB"}


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def disney(taken: set[str]) -> list[dict]:
    out, seen = [], set()
    with open(DISNEY_CSV, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        d = dt.datetime.strptime(r["date_added"].strip(), "%d-%b-%y").date()
        if str(d.year) != r["release_year"].strip():
            continue
        cats = [g.strip().lower() for g in r["genre"].split(",") if g.strip()]
        genres = [RENAME.get(g, g) for g in cats if g not in DROP]
        if "docuseries" in cats:
            genres.insert(0, "documentary")
            fmt = "docuseries"
        elif r["type"] == "TV Show":
            fmt = "series"
        else:
            minutes = int(re.match(r"(\d+)", r["duration"]).group(1)) if r["duration"].strip() else 0
            fmt = "film" if minutes >= 40 else "short"
        if "competition" in genres:
            genres.append("game show")
        gid = "disney-plus--" + slug(r["title"])
        if gid in seen or slug(r["title"]) in taken:
            continue
        seen.add(gid)
        rec = {"type": "greenlight", "id": gid, "title": r["title"].strip(), "buyer": "disney-plus",
               "date": d.isoformat(), "genres": list(dict.fromkeys(genres)), "format": fmt, "region": "US"}
        country = (r["country"] or "").split(",")[0].strip()
        if country in COUNTRY:
            rec["country"] = COUNTRY[country]
        rec["executives"] = []
        if (r.get("description") or "").strip():
            rec["logline"] = r["description"].strip()
        rec["source"] = DISNEY_SRC
        out.append(rec)
    out.sort(key=lambda g: (g["date"], g["id"]))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
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
    for buyer, title, date, genres, fmt, region, country, execs, src, logline in HAND_GREENLIGHTS:
        rec = {"type": "greenlight", "id": f"{buyer}--{slug(title)}", "title": title, "buyer": buyer, "date": date,
               "genres": genres, "format": fmt, "region": region}
        if country:
            rec["country"] = country
        rec["executives"] = execs
        if logline:
            rec["logline"] = logline
        rec["source"] = src
        recs.append(rec)
        taken.add(slug(title))
    recs.extend(disney(taken))
    for r in recs:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
