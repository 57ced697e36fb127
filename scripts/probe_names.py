#!/usr/bin/env python3
"""Probe mw's headline extractor with real names in fixed order frames: does it read a title or a buyer whole?

    PYTHONPATH=. .venv/bin/python scripts/probe_names.py             # both families, counts
    PYTHONPATH=. .venv/bin/python scripts/probe_names.py --show 20   # and up to 20 wrong readings each
    PYTHONPATH=. .venv/bin/python scripts/probe_names.py --family buyers

Three families:

- ``titles``: 256 real film and TV titles of many shapes (prepositions and articles inside,
  "and"/"&" pairs, possessives, capitals, colons, numbers) in fourteen order frames, quoted and not,
  Title Case and sentence case ("Netflix Renews {T} For Season 2", "Channel 4 orders second series of
  {T}", "{T} Renewed For Season 3 At Hulu"...). A reading is *wrong* when the extractor writes a
  title that is not the whole name (``Beauty`` for "Beauty and the Beast"); reading nothing is a
  miss, the rules' caution with unquoted Title Case names.
- ``buyers``: every known buyer (:data:`mw.ingest.headlines.KNOWN_BUYERS`, cased as a headline would
  case it) in eight order shapes, active and passive ("{B} Renews 'Night Harbor'", "'Night Harbor'
  Renewed By {B}", "'Night Harbor' Lands At {B}"...). A reading is *wrong* when the pair is not
  exactly (that buyer, "Night Harbor"): the buyer's name cut, split or not read.
- ``companies``: 100 real film and TV distributors and producers that are no known buyers, many with a
  known buyer's name or a word that ends names elsewhere inside ("Blue Fox Entertainment", "Third Window
  Films", "Shout! Studios"), in six pickup frames, each with a description that names the company as
  feed items do ("{C} has acquired North American rights to the film."). *Wrong* as for buyers.

The names are real; the frames are constructed, so the counts are no estimate of precision on real
copy (``scripts/eval_headlines.py`` on held-out sets is that). Exit status 1 when anything is wrong.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable

import mw.ingest.headlines as headlines

TITLES = """Happy As Lazzaro|Decision to Leave|Dancing with the Stars|Interview with the Vampire|How to Get Away with Murder
Orange Is the New Black|Everything Everywhere All at Once|Killers of the Flower Moon|All of Us Strangers|Anatomy of a Fall
The Boy and the Heron|To All the Boys|Love on the Spectrum|Welcome to Wrexham|The Man in the High Castle|Person of Interest
Beauty and the Beast|Rizzoli & Isles|Key & Peele|Will & Grace|Mike & Molly|Law & Order|Love & Hip Hop|Rick and Morty
Pride and Prejudice|Brooklyn Nine-Nine|Parks and Recreation|Two and a Half Men|How I Met Your Father|Call the Midwife
Death in Paradise|Call My Agent!|Happy!|Killing Eve|Sense8|Stranger Things|This Is Us|Better Call Saul|Breaking Bad
Yellowstone|The Crown|Peaky Blinders|Line of Duty|Vigil|The Night Manager|Luther|Sherlock|Doctor Foster|Bodyguard
Normal People|Conversations with Friends|Derry Girls|Bad Education|Ghosts|We Are Lady Parts|Feel Good|Top Boy
Mare of Easttown|The Undoing|Big Little Lies|Sharp Objects|Game of Thrones|House of the Dragon|The Rings of Power
Wheel of Time|The Expanse|For All Mankind|See|Servant|Foundation|Silo|Loot|Bad Monkey|Disclaimer|Presumed Innocent
The Morning Show|Truth Be Told|Mythic Quest|Shrinking|Platonic|Palm Royale|Lessons in Chemistry|Masters of the Air
Only Murders in the Building|The Bear|Shogun|Reservation Dogs|What We Do in the Shadows|Atlanta|Fargo|Snowfall
American Horror Story|Pose|Feud|The Americans|Justified|Sons of Anarchy|Mayans M.C.|It's Always Sunny in Philadelphia
Abbott Elementary|Grey's Anatomy|Station 19|A Million Little Things|The Rookie|Will Trent|High Potential|Doctor Odyssey
Chicago Fire|Chicago Med|Law & Order: SVU|FBI: International|Found|St. Denis Medical|Brilliant Minds|The Irrational
Tracker|Ghosts|So Help Me Todd|Fire Country|Blue Bloods|NCIS: Tony & Ziva|Matlock|Elsbeth|Poppa's House|Georgie & Mandy's First Marriage
Married to Real Estate|Rico to the Rescue|Fixer to Fabulous|Beachfront Bargain Hunt|Love It or List It|Property Brothers
Below Deck|Vanderpump Rules|Summer House|The Real Housewives of Atlanta|Love Island|Married at First Sight|Love After Lockup
Bluey|Peppa Pig|Hey Duggee|Paw Patrol|Daniel Tiger's Neighborhood|Odd Squad|Sesame Street|The Loud House|SpongeBob SquarePants
Spy x Family|Jujutsu Kaisen|Demon Slayer|Chainsaw Man|Frieren|Solo Leveling|Blue Lock|One Piece|Dandadan|Kaiju No. 8
Money Heist|Elite|Cable Girls|Dark|Babylon Berlin|Borgen|The Bridge|The Killing|Lupin|Call My Agent|Squid Game
Sacred Games|Delhi Crime|Mirzapur|The Family Man|Panchayat|Scam 1992|Kota Factory|Made in Heaven|Paatal Lok
Past Lives|Fallen Leaves|Perfect Days|The Zone of Interest|Poor Things|Saltburn|Aftersun|Petite Maman|Titane|Parasite
CODA|Minari|Nomadland|Sound of Metal|The Father|Promising Young Woman|Judas and the Black Messiah|One Night in Miami
Palm Springs|Shiva Baby|The Worst Person in the World|Drive My Car|Close|Triangle of Sadness|Tar|Women Talking
Cha Cha Real Smooth|Bottoms|Theater Camp|Talk to Me|Anora|The Substance|Emilia Perez|A Real Pain|Sing Sing|Nickel Boys
Birth of a Nation|Late Night|The Big Sick|Blindspotting|Eighth Grade|Hereditary|Midsommar|Uncut Gems|Lady Bird
Tokyo Story|Drive-Away Dolls|Love Lies Bleeding|I Saw the TV Glow|Problemista|Kneecap|Hard Truths|Flow|The Wild Robot
Schitt's Creek|Kim's Convenience|Letterkenny|Workin' Moms|Murdoch Mysteries|Heartland|Coroner|Transplant|Sort Of
Wentworth|Neighbours|Home and Away|Packed to the Rafters|Mystery Road|Total Control|Colin from Accounts|Fisk|Bump
Shortland Street|Wellmania|The Newsreader|Heartbreak High|Deadloch|Bay of Fires|Territory|Boy Swallows Universe""".replace("\n", "|").split("|")
FRAMES = ["Netflix Renews {T} For Season 2", "{T} Renewed For Season 3 At Hulu", "HBO Orders Second Season Of {T}",
          "Netflix Acquires {T}", "Channel 4 orders second series of {T}", "Netflix picks up {T}",
          "Netflix Renews '{T}' For Season 2", "Netflix Renews {T}", "Sky picks up {T} for UK", "Netflix acquires {T} after Cannes premiere",
          "{T} Gets Season 2 At Netflix", "Hulu Picks Up {T} From FX", "Netflix Orders {T} To Series", "BBC One renews {T}"]
BUYER_FRAMES = ["{B} Renews 'Night Harbor'", "'Night Harbor' Renewed By {B}", "'Night Harbor' Lands At {B}",
                "{B} Orders Night Harbor Season 2", "'Night Harbor' Renewed For Season 2 At {B}",
                "{B} Picks Up 'Night Harbor'", "'Night Harbor' Heads To {B}", "Night Harbor Renewed For Season 3 At {B}"]
COMPANIES = """Blue Fox Entertainment|Dark Star Pictures|Third Window Films|Second Sight Films|First Run Features
Magnet Releasing|Oscilloscope Laboratories|Kino Lorber|Music Box Films|Greenwich Entertainment|Gravitas Ventures
Saban Films|Vertical Entertainment|Screen Media|Shout! Studios|Film Movement|Cohen Media Group|Strand Releasing
Well Go USA|XYZ Films|Samuel Goldwyn Films|Brainstorm Media|Quiver Distribution|Good Deed Entertainment|Dogwoof
Curzon Artificial Eye|Picturehouse Entertainment|Modern Films|Altitude Films|Signature Entertainment|Vertigo Releasing
Metrograph Pictures|Janus Films|Grasshopper Film|Cinema Guild|Zeitgeist Films|Icarus Films|Drafthouse Films
Fathom Events|Yellow Veil Pictures|RLJE Films|Open Road Films|Aviron Pictures|Blue Finch Films|Falling Forward Films
Wild Bunch|Madman Entertainment|Umbrella Entertainment|Rialto Distribution|Transmission Films|Elevation Pictures
Mongrel Media|Game Theory Films|Level Film|Film Constellation|Protagonist Pictures|Bankside Films|Juno Films
Abramorama|Freestyle Digital Media|Cineverse|Screambox|Arrow Films|Eureka Entertainment|Peccadillo Pictures
Bulldog Film Distribution|Munro Film Services|Trafalgar Releasing|Sony Pictures Worldwide Acquisitions
Paramount Home Entertainment|Universal Content Productions|Fox Nation|Hulu Japan|BBC Studios Distribution
Channel 4 Films|Sky Cinema Originals|ITV Studios America|Netflix Animation Studios|HBO Documentary Films
Amazon MGM Studios Distribution|Warner Bros. Pictures Animation|Disney Branded Television|NBC News Studios
CBS Studios International|A24 Films|Neon Rated|Focus World|Lionsgate Premiere|Roadside Attractions
Bleecker Street Media|Briarcliff Entertainment|Mubi UK|Shudder UK|IFC Midnight|Utopia Distribution
Kimstim|Cohen Film Collection|Film Forum Releasing|Strand Films|Sundance Institute Documentary Fund""".replace("\n", "|").split("|")
COMPANY_FRAMES = ["{C} Acquires 'Night Harbor'", "{C} Picks Up 'Night Harbor'", "'Night Harbor' Acquired By {C}",
                  "{C} picks up UK rights to 'Night Harbor'", "{C} Nabs North American Rights To 'Night Harbor'",
                  "'Night Harbor' Lands At {C}"]
_SMALL = {"the", "and", "of", "on", "now", "one", "two", "max", "her", "art", "tv+", "jr.", "co.", "tv", "plus"}


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower().replace("\u2019", "'")).strip()


def _cased(name: str) -> str:
    """A known buyer (stored in lower case) as a headline writes it: short words in capitals ("HBO", "ITV")."""
    return " ".join(w.upper() if len(w) <= 3 and w not in _SMALL else w[:1].upper() + w[1:] for w in name.split())


def _probe(cases: Iterable[tuple[str, str, Callable[[list[tuple[str, str]]], bool]]], show: int) -> tuple[int, int, int]:
    """Read each (headline, description, is-wrong) case: how many, how many gave a pair, how many read wrong
    (up to ``show`` of those printed)."""
    total = found = wrong = 0
    for h, summary, is_wrong in cases:
        total += 1
        got = [(r["buyer"], r["title"]) for r in headlines.extract_greenlight(h, summary=summary).records]
        found += bool(got)
        if is_wrong(got):
            wrong += 1
            if wrong <= show:
                print(f"    {got} <- {h}")
    return total, found, wrong


def probe_titles(show: int) -> tuple[int, int, int]:
    # wrong: a title that is not the whole name
    return _probe(((frame.format(T=title), "", lambda got, title=title: any(_norm(t) != _norm(title) for _, t in got))
                   for title in dict.fromkeys(t.strip() for t in TITLES if t.strip()) for frame in FRAMES), show)


def probe_buyers(show: int) -> tuple[int, int, int]:
    # wrong: anything but exactly (that buyer, "Night Harbor"), reading nothing included
    return _probe(((frame.format(B=buyer), "",
                    lambda got, buyer=buyer: [(_norm(b), t) for b, t in got] != [(_norm(buyer), "Night Harbor")])
                   for buyer in map(_cased, sorted(headlines.KNOWN_BUYERS)) for frame in BUYER_FRAMES), show)


def probe_companies(show: int) -> tuple[int, int, int]:
    # wrong: a pair that is not exactly (that company, "Night Harbor"); reading nothing is a miss
    def is_wrong(got: list[tuple[str, str]], company: str) -> bool:
        return bool(got) and [(_norm(b), t) for b, t in got] != [(_norm(company), "Night Harbor")]

    return _probe(((frame.format(C=company), f"{company} has acquired North American rights to the film.",
                    lambda got, company=company: is_wrong(got, company))
                   for company in dict.fromkeys(c.strip() for c in COMPANIES if c.strip()) for frame in COMPANY_FRAMES), show)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--family", choices=("titles", "buyers", "companies"), action="append", help="only these families")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print up to N wrong readings per family")
    args = parser.parse_args()
    bad = 0
    probes = {"titles": probe_titles, "buyers": probe_buyers, "companies": probe_companies}
    for family in args.family or list(probes):
        total, found, wrong = probes[family](args.show)
        print(f"{family:8} {total:6} headlines {found:6} with a pair {wrong:5} wrong")
        bad += wrong
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
