#include "extract/lexicon.h"

#include "base/utf8.h"
#include "extract/countries.h"

namespace polgraph {
namespace {

// Word lists, space-separated (phrases: '|'-separated). Plurals of titles and
// organization heads are added by the constructor.

constexpr std::string_view kArticles = "the a an";
constexpr std::string_view kDeterminers =
    "his her its their our my your this that these those whose which";
constexpr std::string_view kPronouns = "he she him her";
constexpr std::string_view kParticles =
    "von van der den de del della di da das dos du la le al el bin bint ibn ben ul ter zu af ap "
    "mac y";
constexpr std::string_view kPatronymics = "uulu kyzy ogly oglu qizi ugli";

// Head nouns of a person's title (also ranks, honorifics and roles).
constexpr std::string_view kTitles =
    "president vice-president president-elect premier chancellor vice-chancellor minister "
    "chairman chairwoman chairperson chair co-chair vice-chair vice-chairman speaker head leader "
    "secretary secretary-general under-secretary undersecretary ambassador envoy representative "
    "commissioner ombudsman akim hakim hokim khokim governor governor-general mayor senator "
    "congressman congresswoman lawmaker legislator parliamentarian deputy mp member judge "
    "prosecutor prosecutor-general attorney attorney-general director director-general chief "
    "commander commander-in-chief colonel lieutenant major captain sergeant admiral marshal "
    "brigadier general officer spokesman spokeswoman spokesperson adviser advisor counselor "
    "counsellor aide assistant king queen prince princess emperor empress pope sheikh emir "
    "sultan shah monarch crown-prince mr mrs ms miss dr sir dame lord lady baroness baron earl "
    "honorable honourable professor prof founder backbencher frontbencher "
    "co-founder ceo cto cfo coo negotiator diplomat entrepreneur businessman businesswoman "
    "activist candidate economist expert analyst journalist correspondent editor rector "
    "patriarch metropolitan imam mufti cardinal bishop archbishop delegate consul consul-general "
    "inspector auditor administrator manager executive owner coach regent viceroy official "
    "counterpart "
    "rapporteur mediator observer gen col lt sgt capt maj adm sen rep gov pres amb charge "
    "vice-premier vice-minister co-chairman supt cmdr pm";

// Head nouns of organizations. Generic ones name nothing alone ("the Agency").
constexpr std::string_view kGenericOrgHeads =
    "ministry agency committee commission court council assembly chamber party administration "
    "office department service bureau bank fund union organization organisation forces army "
    "navy guard university academy institute center centre corporation company group holding "
    "holdings foundation association federation alliance coalition front movement secretariat "
    "directorate inspectorate authority tribunal board exchange consortium community "
    "inc llc jsc ltd plc corp gmbh llp ojsc pjsc cjsc ventures partners airlines airways "
    "railways commonwealth akimat maslikhat police prosecutor's club society cooperative "
    "faction bloc institution conference hospital trust";
// Chambers and governments whose single word is a name in context.
constexpr std::string_view kNamedBodies =
    "parliament senate majilis mazhilis majlis mejlis qurultay kurultai kurultay duma government "
    "cabinet congress bundestag bundesrat knesset rada sejm storting riksdag kenesh kenesi "
    "house";

// Other words of titles, offices and bodies: modifiers, ministries' fields,
// ordinals. They never start a name and never end one.
constexpr std::string_view kDescriptors =
    "deputy vice first second third fourth fifth acting interim former ex incoming outgoing "
    "retired late senior junior principal special permanent extraordinary plenipotentiary "
    "executive general prime grand supreme high honorary lead state press presidential royal "
    "crown armed military defence defense finance financial finances interior internal justice "
    "foreign affairs trade economy economic economics national industry industrial construction "
    "energy health healthcare education science sciences higher culture cultural information "
    "labor labour social protection population agriculture agricultural transport "
    "communications digital development innovation innovations aerospace emergency emergencies "
    "situations ecology ecological natural resources water irrigation security public civil "
    "legal international investment investments cooperation strategic planning reform reforms "
    "relations religious religion youth family women children rights human budget revenue "
    "revenues customs border staff ground air naval operations constitutional central federal "
    "regional city local referendum election elections electoral anti-corruption monitoring "
    "counterterrorism counter-terrorism preventive diplomacy treasury environment environmental "
    "climate statistics competition regulation regulatory people peoples nation unity "
    "democratic democrats liberal socialist communist conservative republican republicans green "
    "greens free united european eurasian asian african arab islamic world global independent "
    "states collective treaty monetary reconstruction peace tourism sport sports physical "
    "intelligence counterintelligence investigation investigative anti-monopoly antimonopoly "
    "audit accounts supervision control markets market sovereign wealth pension insurance "
    "housing utilities infrastructure railway aviation space nuclear atomic oil gas mining "
    "geology subsoil fisheries forestry veterinary sanitary epidemiological medical medicine "
    "pharmaceutical ai it ict media mass communication communications post postal "
    "telecommunications ministers minister's heads chiefs staffs region regions district "
    "provincial municipal village rural urban consultative advisory joint standing select "
    "permanent working executive main chief senior army navy marine marines coast republic "
    "kingdom empire emirate sultanate principality confederation union confederacy "
    "legislative judicial governing ruling opposition coalition national-security presidency "
    "premiership chancellery secretariat parliamentary government's commission's court's "
    "affairs' council's committee's ministry's agency's president's prime-minister's "
    "anti-terrorist antiterrorist protective guard guards rescue fire police customs "
    "registration registry archives archive library museum theatre theater philharmonic "
    "olympic paralympic home brexit business work pensions levelling housing "
    "south north east west southern northern eastern western southeast "
    "northeast southwest northwest democrat tory lib dem";

// Words of documents, events and things that are capitalized but name no
// entity ("the Astana Declaration", "the Water Code").
constexpr std::string_view kThings =
    "declaration treaty concept code constitution law laws agreement accord strategy program "
    "programme plan doctrine address summit forum meeting session conference day days holiday "
    "festival games olympics championship cup prize award order medal initiative project "
    "projects reform referendum campaign war crisis revolution protocol charter convention "
    "memorandum statement readout report message letter decree resolution bill act index "
    "rating ranking expo exhibition week year years century era period hall palace square "
    "street avenue park stadium airport station bridge canal river lake sea ocean mountain "
    "mountains valley province oblast town capital route corridor pipeline highway railway "
    "platform startup startups concept vision agenda roadmap regulations provisions "
    "foundations system basics principles procedure preamble article articles section "
    "sections chapter chapters amendments amendment edition address speech interview dome "
    "underground programme show";

constexpr std::string_view kPlaceNouns =
    "region district oblast province city village town county municipality settlement area "
    "river lake mountain mountains valley estate street avenue square airport station stadium "
    "palace hall park resort aul rayon krai okrug governorate prefecture";

// Landmarks that stand for governments, cities, regions: places, not entities.
constexpr std::string_view kPlaces =
    "astana|nur-sultan|almaty|alma-ata|shymkent|karaganda|karagandy|aktobe|taraz|pavlodar|"
    "ust-kamenogorsk|oskemen|semey|semipalatinsk|atyrau|kostanay|kostanai|kyzylorda|aktau|"
    "petropavl|petropavlovsk|turkistan|turkestan|taldykorgan|kokshetau|zhezkazgan|ekibastuz|"
    "konaev|kapchagay|baikonur|uralsk|oral|temirtau|zhanaozen|balkhash|saryagash|akmola|"
    "mangystau|zhambyl|jambyl|zhetysu|ulytau|almaty region|tashkent|samarkand|bukhara|"
    "khiva|namangan|andijan|fergana|nukus|termez|bishkek|osh|jalal-abad|karakol|issyk-kul|"
    "cholpon-ata|dushanbe|khujand|kulob|ashgabat|turkmenbashi|baku|tbilisi|yerevan|"
    "moscow|st petersburg|saint petersburg|kazan|novosibirsk|sochi|vladivostok|omsk|"
    "yekaterinburg|chelyabinsk|orenburg|astrakhan|samara|minsk|kyiv|kiev|kharkiv|odesa|odessa|"
    "lviv|donetsk|luhansk|crimea|donbas|donbass|beijing|shanghai|urumqi|xinjiang|xi'an|"
    "guangzhou|shenzhen|hong kong|macau|tibet|tokyo|osaka|seoul|busan|pyongyang|delhi|"
    "new delhi|mumbai|islamabad|karachi|lahore|kabul|tehran|ankara|istanbul|antalya|baghdad|"
    "damascus|beirut|jerusalem|tel aviv|gaza|west bank|cairo|riyadh|jeddah|doha|dubai|"
    "abu dhabi|muscat|manama|amman|washington|washington dc|new york|los angeles|"
    "san francisco|chicago|boston|houston|miami|seattle|california|texas|florida|woodside|"
    "london|paris|berlin|brussels|geneva|vienna|rome|madrid|lisbon|warsaw|prague|budapest|"
    "bucharest|sofia|belgrade|athens|amsterdam|the hague|hague|stockholm|oslo|helsinki|"
    "copenhagen|dublin|bern|zurich|davos|munich|frankfurt|milan|strasbourg|luxembourg city|"
    "ottawa|toronto|montreal|mexico city|brasilia|rio de janeiro|buenos aires|canberra|"
    "sydney|bangkok|hanoi|jakarta|bali|manila|kuala lumpur|dhaka|ulaanbaatar|ulan bator|"
    "kathmandu|colombo|tashkent region|asia|europe|africa|america|americas|antarctica|arctic|"
    "oceania|eurasia|central asia|middle east|near east|far east|south asia|east asia|"
    "southeast asia|south-east asia|asia-pacific|latin america|north america|south america|"
    "western europe|eastern europe|central europe|caucasus|south caucasus|north caucasus|"
    "balkans|caspian|caspian sea|black sea|aral sea|persian gulf|gulf|scandinavia|sahel|"
    "akorda|ak orda|kremlin|elysee|elysee palace|downing street|capitol|"
    "capitol hill|oval office|whitehall|westminster|yorkshire|downing "
    "st|telegram|twitter|facebook|instagram|youtube|tiktok|"
    "whatsapp|x.com";

// Bodies that imply a country (used for titles like "Majilis Speaker").
struct BodyCountry {
  std::string_view body;
  std::string_view country;
};
constexpr BodyCountry kBodyCountries[] = {
    {"majilis", "Kazakhstan"},
    {"mazhilis", "Kazakhstan"},
    {"qurultay", "Kazakhstan"},
    {"kurultai", "Kazakhstan"},
    {"kurultay", "Kazakhstan"},
    {"akorda", "Kazakhstan"},
    {"ak orda", "Kazakhstan"},
    {"akimat", "Kazakhstan"},
    {"maslikhat", "Kazakhstan"},
    {"khalyk kenesi", "Kazakhstan"},
    {"oliy majlis", "Uzbekistan"},
    {"jogorku kenesh", "Kyrgyzstan"},
    {"kremlin", "Russia"},
    {"duma", "Russia"},
    {"state duma", "Russia"},
    {"bundestag", "Germany"},
    {"bundesrat", "Germany"},
    {"rada", "Ukraine"},
    {"verkhovna rada", "Ukraine"},
    {"knesset", "Israel"},
    {"white house", "United States"},
    {"pentagon", "United States"},
    {"elysee", "France"},
    {"elysee palace", "France"},
    {"downing street", "United Kingdom"},
    {"capitol", "United States"},
};

// News agencies, outlets and press services: sources, never entities.
constexpr std::string_view kSources =
    "qazinform|kazinform|qazinform news agency|kazinform news agency|kaztag|tengrinews|"
    "inform.kz|akipress|24.kz|khabar|kabar|uza|dunyo|khovar|trend|apa|azertac|tass|ria|"
    "ria novosti|interfax|sputnik|reuters|associated press|ap|afp|agence france-presse|"
    "bloomberg|xinhua|cgtn|kyodo|yonhap|anadolu|anadolu agency|bbc|cnn|al jazeera|politico|"
    "news agency|press service|press office|press center|press centre|press-service|"
    "information agency|news service|news portal|primeminister.kz|akorda.kz|gov.kz|"
    "kazpravda|kazakhstanskaya pravda|egemen qazaqstan|the astana times|astana times|"
    "the new york times|new york times|the washington post|washington post|the guardian|"
    "financial times|the economist|izvestia|kommersant|rbc|gazeta.uz|24.kg|24kg|asia-plus|"
    "der spiegel|spiegel|le monde|le figaro|die welt|die zeit|el pais|la repubblica|"
    "daily telegraph|sunday times|daily mail|wall street journal|usa today|los angeles times|"
    "fox news|sky news|bbc news|bbc radio|voice of america|radio free europe|radio liberty|"
    "rfe/rl|deutsche welle|euronews|france 24|irna|tasnim|cctv|people's daily|global times|"
    "china daily|nikkei|haaretz|jerusalem post|hurriyet|daily sabah|vedomosti|"
    "rossiyskaya gazeta|novaya gazeta|moscow times|the moscow times|meduza|kyiv independent|"
    "ukrinform|unian|belta|armenpress|eurasianet|report.az|kun.uz|newspaper|news magazine|"
    "magazine|broadcaster|tv channel|television channel|radio station|news website|news outlet";

// Named organizations without a head word.
constexpr std::string_view kOrgNames =
    "nato|european union|united nations|opec+|interpol|amanat|nur otan|ak zhol|auyl|respublika|"
    "rosneft|lukoil|gazprom|kazmunaygas|kazatomprom|samruk-kazyna|baiterek|kegoc|"
    "kazakhtelecom|tengizchevroil|chevron|exxonmobil|shell|totalenergies|eni|google|apple|"
    "microsoft|meta|amazon|tesla|openai|nvidia|huawei|boeing|airbus|hamas|hezbollah|taliban|"
    "fdp|cdu|csu|spd|afd|sco secretariat|khalyk kenesi|jogorku kenesh|oliy majlis|"
    "verkhovna rada|state duma|air astana|kaspi|halyk|european commission|conservatives|tories|"
    "labour|liberal democrats|lib dems|ukip|snp|plaid cymru|sinn fein|human rights watch|"
    "amnesty international|transparency international|greenpeace|red cross|world bank|imf|"
    "pentagon|white house";

// Acronyms and capitalized abbreviations that are no organization.
constexpr std::string_view kNotEntities =
    "ai it ict gdp ceo cto cfo coo mp pm am tv ngo ngos sms usd kzt eur rub vat hiv covid "
    "covid-19 lng id phd ipo utc gmt ev npp uav sme smes ppp fdi esg etf ok km kg kw mw gw "
    "kwh mwh bn mln bln kv cbrn wmd mfa rk rf";

// Capitalized words that never start a name: function words, sentence
// adverbs, participles that open sentences, months, weekdays.
constexpr std::string_view kStops =
    "according the a an in on at by for from with without after before during following "
    "earlier later meanwhile moreover furthermore however also additionally overall today "
    "yesterday tomorrow tonight now then thus therefore hence since until till as if when "
    "while where whereas although though because but and or nor so yet this that these those "
    "there here it its they we i you his their our my your who whom whose which what why how "
    "all both each every some many most much more less few several such other another any no "
    "not only just even still already again further finally lastly next last new over under "
    "about above below between among amid against through throughout across along around "
    "beyond upon within via per despite regarding concerning including speaking presenting "
    "opening setting born prior addressing commenting noting welcoming responding referring "
    "touching highlighting stressing emphasizing emphasising turning recalling answering "
    "taking making giving having being according yes ok dear ladies gentlemen let please "
    "thank thanks welcome congratulations nonetheless nevertheless instead otherwise indeed "
    "certainly clearly obviously importantly notably specifically particularly especially "
    "generally currently recently previously initially subsequently eventually ultimately "
    "accordingly consequently similarly likewise besides alongside together once twice "
    "images image photo photos video credit credits source sources read see watch listen "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "one two three four five six seven eight nine ten eleven twelve hundred thousand "
    "million billion trillion dozens hundreds thousands millions billions half "
    "sixth seventh eighth ninth tenth eleventh twelfth twentieth hundredth "
    "total overall average just nearly almost around approximately roughly about "
    "reports report reportedly officials experts analysts observers participants voters "
    "citizens residents delegations delegates deputies members journalists reporters "
    "turnout voting polling results funding attention work talks negotiations discussions "
    "discussion issues priority priorities currently everyone everybody someone somebody "
    "nobody anyone anything everything something nothing none lately hopefully "
    "unfortunately fortunately interestingly surprisingly apparently allegedly "
    "following upon whilst amidst toward towards unlike like beside inside outside near "
    "nearby except excluding plus minus versus vs etc ie eg attached enclosed note notes "
    "breaking exclusive update updated live analysis opinion editorial comment interview "
    "background context explainer factbox particular great significant key main various "
    "numerous certain specific relevant important minor further additional separate "
    "similar different respective remaining entire whole full final initial overall "
    "meanwhile meantime elsewhere anyway otherwise thereafter hereby whereby furthermore "
    "to asked praising shocked reacting explaining describing arriving writing quoting citing "
    "insisting meets holds hosts receives welcomes appoints names fires sacks dismisses says "
    "tells discusses visits urges warns signs congratulates whether morning evening afternoon "
    "isn't don't can't won't didn't doesn't wasn't aren't it's that's there's what's let's "
    "isn’t don’t can’t won’t didn’t doesn’t wasn’t aren’t it’s that’s there’s what’s let’s";

std::string_view NextPart(std::string_view& rest, char separator) {
  size_t cut = rest.find(separator);
  std::string_view part = rest.substr(0, cut);
  rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
  return part;
}

// English plural of a title or organization head.
std::string Plural(std::string_view word) {
  std::string w(word);
  if (w.size() > 3 && w.ends_with("man")) return w.substr(0, w.size() - 3) + "men";
  if (w.size() > 2 && w.back() == 'y' &&
      std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos)
    return w.substr(0, w.size() - 1) + "ies";
  if (w.ends_with("s") || w.ends_with("sh") || w.ends_with("ch") || w.ends_with("x"))
    return w + "es";
  return w + "s";
}

}  // namespace

std::string Lexicon::Key(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) {  // the common case, without decoding
    std::string key(word.size(), '\0');
    size_t n = 0;
    for (char c : word)
      if (c != '.') key[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    key.resize(n);
    return key;
  }
  std::string folded = utf8::Fold(word);
  std::string key;
  key.reserve(folded.size());
  for (char c : folded)
    if (c != '.') key += c;
  return key;
}

void Lexicon::AddEntry(std::string_view phrase, uint32_t classes, std::string_view country) {
  std::string key;
  std::string_view rest = phrase;
  while (!rest.empty()) {
    std::string_view word = NextPart(rest, ' ');
    if (word.empty()) continue;
    if (!key.empty()) {
      // Every proper prefix of a phrase, so that a match can grow word by
      // word; a possessive first word is looked up without its 's.
      std::string prefix = key;
      if (prefix.find(' ') == std::string::npos && prefix.ends_with("'s"))
        prefix.resize(prefix.size() - 2);
      entries_[prefix].classes |= kPhraseStart;
      key += ' ';
    }
    key += Key(word);
  }
  if (key.empty()) return;
  LexiconEntry& entry = entries_[key];
  entry.classes |= classes;
  if (entry.country.empty()) entry.country = country;
}

void Lexicon::Add(std::string_view words, uint32_t classes, char separator) {
  std::string_view rest = words;
  while (!rest.empty()) {
    std::string_view word = NextPart(rest, separator);
    if (word.empty()) continue;
    AddEntry(word, classes, {});
    if (classes & (kTitle | kOrgHead)) AddEntry(Plural(word), classes | kPlural, {});
  }
}

void Lexicon::AddCountries() {
  for (const CountryRecord& record : Countries()) {
    AddEntry(record.name, kCountry, record.name);
    AddEntry("Republic of " + std::string(record.name), kCountry, record.name);
    std::string_view rest = record.variants;
    while (!rest.empty()) AddEntry(NextPart(rest, '|'), kCountry, record.name);
    rest = record.demonyms;
    while (!rest.empty()) {
      std::string_view demonym = NextPart(rest, '|');
      AddEntry(demonym, kDemonym, record.name);
      if (!demonym.ends_with("s") && !demonym.ends_with("sh") && !demonym.ends_with("ch") &&
          !demonym.ends_with("ese"))
        AddEntry(std::string(demonym) + "s", kDemonym | kPlural, record.name);  // "Kazakhstanis"
    }
  }
}

Lexicon::Lexicon() {
  Add(kArticles, kArticle);
  Add(kDeterminers, kDeterminer);
  Add(kPronouns, kPronoun);
  Add(kParticles, kParticle);
  Add(kPatronymics, kPatronymic);
  Add(kTitles, kTitle);
  Add(kGenericOrgHeads, kOrgHead | kGeneric);
  Add(kNamedBodies, kOrgHead);
  Add(kDescriptors, kDescriptor);
  Add(kThings, kDescriptor);
  Add(kPlaceNouns, kPlaceNoun);
  Add(kPlaces, kPlace, '|');
  Add(kSources, kSource, '|');
  Add(kOrgNames, kOrgName, '|');
  Add(kNotEntities, kNotEntity);
  Add(kStops, kStop);
  AddCountries();
  for (const BodyCountry& body : kBodyCountries) AddEntry(body.body, 0, body.country);
  BuildTable();
}

// FNV-1a: keys are short words and phrases.
uint64_t Lexicon::Hash(std::string_view key) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : key) h = (h ^ c) * 1099511628211ull;
  return h;
}

void Lexicon::BuildTable() {
  size_t size = 16;
  while (size < 2 * entries_.size()) size *= 2;
  slots_.assign(size, Slot{});
  table_.reserve(entries_.size());
  for (const auto& [key, entry] : entries_) {
    uint64_t h = Hash(key);
    size_t i = h & (size - 1);
    while (slots_[i].index != 0) i = (i + 1) & (size - 1);
    table_.push_back(
        {static_cast<uint32_t>(keys_.size()), static_cast<uint32_t>(key.size()), entry});
    slots_[i] = {static_cast<uint32_t>(h >> 32), static_cast<uint32_t>(table_.size())};
    keys_ += key;
  }
  entries_.clear();
}

const LexiconEntry* Lexicon::Find(std::string_view key) const {
  uint64_t h = Hash(key);
  size_t mask = slots_.size() - 1;
  for (size_t i = h & mask; slots_[i].index != 0; i = (i + 1) & mask) {
    if (slots_[i].hash != static_cast<uint32_t>(h >> 32)) continue;
    const Entry& e = table_[slots_[i].index - 1];
    if (std::string_view(keys_).substr(e.key_begin, e.key_size) == key) return &e.entry;
  }
  return nullptr;
}

}  // namespace polgraph
