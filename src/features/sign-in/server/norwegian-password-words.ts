// Words a Norwegian customer is likely to build a password from, beyond zxcvbn's English lists:
// what a password sprayer aiming at Norwegian accounts tries first, padded with a year or "!!".
// zxcvbn ranks a word by its place in the list, so the most tried come first. Spellings without
// æ, ø and å are added by password-strength.ts. Pure data: no logic here.
import "server-only";

export const NORWEGIAN_PASSWORD_WORDS: readonly string[] = [
  // Passwords people actually choose.
  ...["passord", "sommer", "norge", "fotball", "januar", "velkommen", "hemmelig", "vinter", "høst", "våren"],
  ...["hallo", "heisann", "hei", "elskerdeg", "jegelskerdeg", "elsker", "kjæreste", "kjærlighet", "skatt"],
  ...["vår", "sommeren", "vinteren", "høsten", "jul", "julen", "julaften", "påske", "påsken", "ferie"],
  ...["sommerferie", "hytta", "hytte", "mamma", "pappa", "mormor", "farmor", "morfar", "farfar", "bestemor"],
  ...["bestefar", "familie", "barna", "katt", "katten", "pusen", "hund", "hunden", "bamse", "prinsesse"],
  ...["engel", "lykke", "solskinn", "sola", "solen", "sjokolade", "nytt", "nyttpassord", "glemt", "bytt"],
  ...["endre", "jobb", "jobben", "kontor", "innlogging", "logginn", "bruker", "admin", "test", "tester"],
  // The service and its context.
  ...["klarkraft", "strøm", "strømmen", "minside", "kunde", "kundeservice", "faktura", "elhub", "bankid"],
  // The country, its places and its teams.
  ...["norsk", "noreg", "nordmann", "viking", "vikinger", "oslo", "bergen", "trondheim", "stavanger"],
  ...["tromsø", "kristiansand", "drammen", "fredrikstad", "bodø", "ålesund", "tønsberg", "haugesund"],
  ...["sandnes", "sandefjord", "arendal", "hamar", "lillehammer", "larvik", "halden", "sarpsborg", "skien"],
  ...["gjøvik", "harstad", "narvik", "molde", "kristiansund", "finnmark", "lofoten", "nordland", "telemark"],
  ...["rosenborg", "brann", "vålerenga", "lillestrøm", "glimt", "bodøglimt", "strømsgodset", "godset"],
  ...["odd", "start", "stabæk", "aalesund", "hamkam", "mjøndalen", "sogndal", "ranheim", "lyn", "skeid"],
  ...["håndball", "langrenn", "ski", "skiskyting", "landslaget", "heianorge", "syttendemai", "grunnlov"],
  // Months and days.
  ...["februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november"],
  ...["desember", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "helg", "helgen"],
  // Common first names (SSB).
  ...["jan", "per", "bjørn", "ole", "lars", "kjell", "knut", "arne", "svein", "thomas", "hans", "geir"],
  ...["tor", "morten", "terje", "erik", "martin", "andreas", "john", "anders", "rune", "trond", "tore"],
  ...["jon", "espen", "harald", "daniel", "olav", "magnus", "jonas", "kristian", "marius", "henrik"],
  ...["fredrik", "stian", "øyvind", "jørgen", "kristoffer", "sindre", "emil", "sander", "håkon", "mathias"],
  ...["tobias", "elias", "jakob", "filip", "lukas", "aksel", "isak", "ola", "petter", "sverre", "eirik"],
  ...["anne", "inger", "kari", "marit", "ingrid", "liv", "eva", "berit", "astrid", "bjørg", "hilde"],
  ...["anna", "solveig", "marianne", "randi", "ida", "nina", "maria", "elisabeth", "kristin", "bente"],
  ...["heidi", "silje", "hanne", "gerd", "linda", "tone", "monica", "wenche", "camilla", "ragnhild"],
  ...["julie", "ingeborg", "mari", "emma", "nora", "sara", "sofie", "thea", "emilie", "maja", "frida"],
  ...["vilde", "hanna", "tiril", "malin", "martine", "karoline", "mona", "ellen", "grete", "turid"],
  ...["unni", "torill", "sissel", "else", "åse", "laila", "kristine", "siri", "guro", "synnøve"],
  // Common surnames (SSB).
  ...["hansen", "johansen", "olsen", "larsen", "andersen", "pedersen", "nilsen", "kristiansen", "jensen"],
  ...["karlsen", "johnsen", "pettersen", "eriksen", "berg", "haugen", "hagen", "johannessen", "andreassen"],
  ...["jacobsen", "dahl", "jørgensen", "halvorsen", "henriksen", "lund", "sørensen", "jakobsen", "moen"],
  ...["gundersen", "iversen", "strand", "solberg", "svendsen", "eide", "knutsen", "martinsen", "paulsen"],
  ...["bakken", "kristoffersen", "mathisen", "lie", "amundsen", "rasmussen", "lunde", "solheim", "berge"],
  ...["moe", "nygård", "bakke", "kristensen", "fredriksen", "holm", "lien", "hauge", "christensen"],
];
