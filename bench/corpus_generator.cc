#include "bench/corpus_generator.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <span>
#include <string_view>

#include "bench/corpus_vocabulary.h"
#include "bench/rng.h"

namespace polgraph::bench {
namespace {

using Templates = std::span<const std::string_view>;

// Sentence templates. Placeholders: {P1}..{P3} a mention of the item's k-th
// person (with title the first time, then surname, title or full name),
// {N1}..{N3} the full name, {S1}..{S3} the surname, {ROLE2} the second person's
// title without its country, {OFFICE} the post of an
// appointment or dismissal, {OLDOFFICE} the previous post, {SPEAKER} a person
// or organization that speaks, {CLAUSE} a neutral statement, {QUOTE} a
// first-person statement, {QOPEN}/{QCLOSE} quote marks, and the word lists
// {TOPIC} {PLACE} {COUNTRY} {DEMONYM} {CAPITAL} {ORG} {IND} {PROJECT} {ADJ}
// {SOURCE} {WEEKDAY} {MONTH} {YEAR} {PYEAR} {FYEAR} {BYEAR} {NUM} {INT} {FEW} {PCT}.

// Long sentences are split over lines: adjacent literals are meant to join.
// NOLINTBEGIN(bugprone-suspicious-missing-comma)
constexpr std::string_view kMet[] = {
    "{P1} met with {P2} on {WEEKDAY} to discuss {TOPIC} and {TOPIC}, {SOURCE}.",
    "On {WEEKDAY}, {P1} held talks with {P2} in {CAPITAL}, where the sides discussed prospects "
    "for {ADJ} cooperation in {TOPIC}.",
    "{P1} received {P2}, who arrived in Astana on an official visit, and the two discussed "
    "{TOPIC} as well as {TOPIC}.",
    "{P1} had a telephone conversation with {P2}, during which the parties exchanged views on "
    "{TOPIC} and the {ADJ} agenda for the coming year.",
    "{P2} was received by {P1} at the Akorda residence, where they reviewed the progress of "
    "{PROJECT} in {PLACE}.",
    "{P1} met with {P2} and {P3} on the sidelines of the forum in {CAPITAL} to discuss {TOPIC} "
    "and {TOPIC}.",
    "At a meeting with {P2} in {CAPITAL}, {P1} discussed the implementation of {PROJECT} and "
    "the prospects for {TOPIC}.",
    "{P1} held a meeting with {P2} and {P3}, focusing on {TOPIC} and the {ADJ} development of "
    "{PLACE}, {SOURCE}.",
    "{P1} hosted {P2} for talks on {TOPIC}, and the two officials agreed to hold the next round "
    "of consultations in {CAPITAL} in {MONTH}.",
    "During the talks, {P1} and {P2} discussed {TOPIC}, the expansion of {IND} and "
    "{ADJ} projects in {PLACE}.",
};

constexpr std::string_view kAppointed[] = {
    "By decree of the Head of State, {N2} has been appointed {OFFICE}, {SOURCE}.",
    "{P1} appointed {N2} as {OFFICE}, relieving {S2} of the previous post of {OLDOFFICE}.",
    "{N2} was named {OFFICE} by a decree signed on {WEEKDAY}, {SOURCE}, citing the "
    "presidential press office.",
    "{P1} on {WEEKDAY} signed a decree appointing {N2} as {OFFICE}, the post that had been "
    "vacant since {MONTH}.",
    "{N2}, who previously served as {OLDOFFICE}, has been appointed to the post of {OFFICE}, "
    "{SOURCE}.",
    "The Head of State appointed {N2} as {OFFICE} on {WEEKDAY}, and {S2} was introduced to the "
    "staff of the {ORG} the same day.",
};

constexpr std::string_view kDismissed[] = {
    "{N2} has been relieved of the post of {OFFICE} by decree of the Head of State, {SOURCE}.",
    "The Head of State issued a decree removing {N2} from the post of {OFFICE}, {SOURCE}.",
    "{P1} dismissed {N2} from the post of {OFFICE} following the results of an inspection "
    "carried out by the {ORG}.",
    "{N2} was relieved of duties as {OFFICE} on {WEEKDAY}, less than two years after "
    "taking office in {PYEAR}.",
};

constexpr std::string_view kAnnounced[] = {
    "{SPEAKER} said that {CLAUSE}.",
    "{QOPEN}{QUOTE},{QCLOSE} {SPEAKER} noted.",
    "According to {SPEAKER}, {CLAUSE}, while {CLAUSE}.",
    "{SPEAKER} emphasized that {CLAUSE} and that {CLAUSE}.",
    "{SPEAKER} told reporters on {WEEKDAY} that {CLAUSE}.",
    "{CLAUSE}, {SPEAKER} added, noting the importance of {TOPIC}.",
    "{SPEAKER} pointed out that {CLAUSE}, which requires {ADJ} decisions on {TOPIC}.",
    "{QOPEN}{QUOTE}. {QUOTE},{QCLOSE} {SPEAKER} stressed.",
    "Speaking at the briefing, {SPEAKER} stated that {CLAUSE} by the end of {FYEAR}.",
    "{SPEAKER} announced that {CLAUSE}.",
};

constexpr std::string_view kFiller[] = {
    "{IND} in {PLACE} grew by {PCT}% in January-{MONTH} {YEAR} compared with the same period "
    "last year, reaching {NUM} billion tenge.",
    "The volume of trade between {COUNTRY} and Kazakhstan amounted to ${NUM} billion in {PYEAR}, "
    "which is {PCT}% higher than a year earlier.",
    "Construction of {PROJECT} worth {NUM} billion tenge is scheduled to be completed in "
    "{FYEAR} in {PLACE}, creating {INT} new jobs.",
    "In {PYEAR}, {FEW} {ADJ} projects worth a total of {NUM} billion tenge were implemented in "
    "{PLACE} under the state program of industrial development.",
    "The annual inflation rate slowed to {PCT}% in {MONTH}, while prices for food products rose "
    "by {PCT}% over the month and services by {PCT}%.",
    "The {ORG} plans to allocate {NUM} billion tenge for {TOPIC} over the next three years, with "
    "the first tranche expected in {MONTH}.",
    "More than {INT} residents of {PLACE} took part in the events, which were organized as part "
    "of the {ADJ} program on {TOPIC}.",
    "The meeting also considered issues of {TOPIC}, {TOPIC} and {TOPIC}, as well as the timing "
    "of the next session of the intergovernmental commission.",
    "{QOPEN}We intend to double the volume of mutual trade to ${NUM} billion by {FYEAR},{QCLOSE} "
    "the statement published on the website of the {ORG} reads.",
    "{S1} thanked the {DEMONYM} side for the warm welcome and invited {S2} to visit {PLACE} at "
    "a convenient time later this year.",
    "{P1} visited {PLACE}, where the official inspected the construction of {PROJECT} and "
    "familiarized himself with the progress of {TOPIC}.",
    "The parties signed {FEW} documents, including a memorandum on {TOPIC} and an agreement on "
    "{TOPIC}, worth a total of ${NUM} billion.",
    "It was noted that {CLAUSE}, and that work on {TOPIC} will continue in {FYEAR}.",
    "Earlier, the {ORG} reported that {CLAUSE}.",
    "As of 1 {MONTH} {YEAR}, the population of {PLACE} stood at {INT} people, of whom {PCT}% "
    "live in urban areas – up from {PCT}% a decade ago.",
    "Over the past five years, {IND} has increased by {PCT}%, and the share of processed "
    "products in exports reached {PCT}%.",
    "The Government approved a {ADJ} plan for {TOPIC}, which provides for {FEW} measures and "
    "funding of {NUM} billion tenge until {FYEAR}.",
    "{S2} also briefed on the preparations for the session of the {ORG}, scheduled to take "
    "place in {CAPITAL} in {MONTH} {FYEAR}.",
    "The agenda included {TOPIC}, the situation on the consumer market and the readiness of "
    "{PLACE} for the heating season.",
    "Participants of the forum from {FEW} countries discussed {TOPIC} and signed {FEW} "
    "commercial agreements worth ${NUM} million.",
    "The {ORG} has been instructed to submit proposals on {TOPIC} to the Government by {MONTH} "
    "{FYEAR}.",
    "Following the inspection, {INT} violations were found in {PLACE}, and {FEW} officials "
    "were brought to disciplinary responsibility.",
    "Earlier this year, {P1} paid a working visit to {PLACE} to inspect {PROJECT} and the "
    "state of local roads.",
};

constexpr std::string_view kClauses[] = {
    "{IND} in {PLACE} increased by {PCT}% last year",
    "the country is ready to expand cooperation with {COUNTRY} in {TOPIC}",
    "{TOPIC} remains one of the key priorities of the state policy",
    "the construction of {PROJECT} in {PLACE} will be completed by {FYEAR}",
    "the Government will allocate {NUM} billion tenge for {TOPIC}",
    "{FEW} {ADJ} investment projects are being implemented in {PLACE}",
    "the {ORG} will present a new approach to {TOPIC} in {MONTH}",
    "mutual trade with {COUNTRY} could reach ${NUM} billion in the coming years",
    "the regions must ensure the timely completion of {PROJECT}",
    "the share of {IND} in the economy has reached {PCT}%",
};

constexpr std::string_view kQuotes[] = {
    "We attach great importance to {TOPIC} and are ready to implement {ADJ} projects with our "
    "partners in {COUNTRY}",
    "Our task is to ensure that {IND} grows by at least {PCT}% annually until {FYEAR}",
    "This {ADJ} step will open new opportunities for {TOPIC} in {PLACE}",
    "We must not allow any delays in {TOPIC}",
    "The people expect concrete results, not reports on {TOPIC}",
    "Every tenge of budget money spent on {PROJECT} must be under strict control",
};

// NOLINTEND(bugprone-suspicious-missing-comma)

constexpr std::string_view kMeetingHeadlines[] = {
    "{S1} meets {DEMONYM} {ROLE2}",
    "{S1}, {S2} discuss {TOPIC}",
    "{S1} holds talks with {S2} in {CAPITAL}",
    "{S1} receives {DEMONYM} delegation",
    "Kazakhstan, {COUNTRY} to boost {TOPIC}",
};
constexpr std::string_view kAppointedHeadlines[] = {
    "{N2} appointed {OFFICE}",
    "Kazakhstan names new {OFFICE}",
    "New {OFFICE} appointed",
};
constexpr std::string_view kDismissedHeadlines[] = {
    "{S2} relieved of post as {OFFICE}",
    "{OFFICE} dismissed",
};
constexpr std::string_view kStatementHeadlines[] = {
    "{S1}: {TOPIC} remains a priority",
    "{S1} calls for new approach to {TOPIC}",
    "{ORG} to step up work on {TOPIC}",
};
constexpr std::string_view kEconomyHeadlines[] = {
    "{IND} in {PLACE} up {PCT}%",
    "Inflation slows to {PCT}% in {MONTH}",
    "{PLACE} to build {PROJECT} by {FYEAR}",
    "Trade between Kazakhstan and {COUNTRY} reaches ${NUM} billion",
};

// The second sentence of an appointment or dismissal: the person's career.
constexpr std::string_view kBiography[] = {
    "Born in {BYEAR} in {PLACE}, {S2} graduated from Al-Farabi Kazakh National University and "
    "began a career as an economist at the {ORG}.",
    "{S2} previously served as {OLDOFFICE}, and before that worked for {FEW} years at the {ORG} "
    "in {PLACE}.",
    "Prior to the appointment, {S2} headed the department of {TOPIC} at the {ORG} for more than "
    "{FEW} years.",
};

// Words added to a sentence shorter than 15 words (before its final period).
constexpr std::string_view kTails[] = {
    "as part of the {ADJ} program on {TOPIC}",
    "in line with the instructions of the Head of State on {TOPIC}",
    "with particular attention to {TOPIC} in {PLACE}",
};

enum class ItemKind { kMeeting, kAppointment, kDismissal, kStatement, kEconomy };

struct Person {
  std::string_view name;
  std::string_view surname;
  std::string title;        // before the name on first mention ("Minister of Energy")
  std::string short_title;  // a later mention ("the Minister")
  std::string_view role;    // the title without a country ("Foreign Minister")
  bool mentioned = false;
};

std::string_view Surname(std::string_view name) {
  const size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

// "Minister of Energy" -> "the Minister"; "Deputy Prime Minister" -> "the Deputy Prime Minister".
std::string ShortTitle(std::string_view title) {
  const size_t of = title.find(" of ");
  return "the " + std::string(of == std::string_view::npos ? title : title.substr(0, of));
}

size_t CountWords(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

class CorpusGenerator::Impl {
 public:
  explicit Impl(uint64_t seed) : rng_(seed) {}

  void AppendItem(std::string* out) {
    StartItem();
    AppendHeader(out);
    AppendTitle(out);
    if (rng_.Percent(25)) {
      out->append("Images | ");
      out->append(rng_.Pick(PhotoCredits()));
      out->push_back('\n');
    }
    AppendBody(out);
    ++stats_.items;
  }

  const Stats& stats() const { return stats_; }

 private:
  void StartItem() {
    AdvanceClock();
    const uint64_t roll = rng_.Below(100);
    kind_ = roll < 30   ? ItemKind::kMeeting
            : roll < 40 ? ItemKind::kAppointment
            : roll < 46 ? ItemKind::kDismissal
            : roll < 70 ? ItemKind::kStatement
                        : ItemKind::kEconomy;
    country_ = &rng_.Pick(Countries().subspan(1));  // never Kazakhstan itself
    office_ = rng_.Pick(Offices());
    old_office_ = rng_.Pick(Offices());
    people_[0] = DomesticPerson(kind_ == ItemKind::kAppointment || kind_ == ItemKind::kDismissal);
    people_[1] = kind_ == ItemKind::kMeeting ? ForeignPerson() : DomesticPerson(false);
    people_[2] = rng_.Percent(50) ? ForeignPerson() : DomesticPerson(false);
  }

  // The feed is newest first: each item is 10 minutes to 3 hours older.
  void AdvanceClock() {
    minutes_ -= static_cast<int>(rng_.Between(10, 180));
    if (minutes_ < 0) {
      minutes_ += 24 * 60;
      if (--day_ == 0) {
        if (--month_ == 0) {
          month_ = 12;
          if (--year_ < 2000) year_ = 2026;
        }
        day_ = DaysIn(month_, year_);
      }
    }
  }

  static int DaysIn(int month, int year) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
  }

  Person DomesticPerson(bool head_of_state) {
    Person p;
    p.name = rng_.Pick(KazakhNames());
    p.surname = Surname(p.name);
    if (head_of_state) {
      p.title = "President";
      p.role = "President";
      p.short_title = "the Head of State";
    } else {
      p.role = rng_.Pick(Offices());
      p.title = p.role;
      p.short_title = ShortTitle(p.title);
    }
    return p;
  }

  Person ForeignPerson() {
    Person p;
    p.name = rng_.Pick(ForeignNames());
    p.surname = Surname(p.name);
    const std::string_view title = rng_.Pick(Titles());
    p.role = title;
    if (rng_.Percent(60)) {
      p.title = std::string(country_->demonym) + " " + std::string(title);
    } else {
      p.title = std::string(title) + " of " + std::string(country_->name);
    }
    p.short_title = "the " + std::string(country_->demonym) + " " + std::string(title);
    return p;
  }

  void AppendHeader(std::string* out) {
    char header[64];
    views_ += rng_.Between(0, 400);
    const int n = std::snprintf(header, sizeof header, "%02d.%02d.%04d, %02d:%02d %lld\n", day_,
                                month_, year_, minutes_ / 60, minutes_ % 60,
                                static_cast<long long>(views_) + rng_.Between(0, 30000));
    out->append(header, n);
  }

  void AppendTitle(std::string* out) {
    Templates headlines;
    switch (kind_) {
      case ItemKind::kMeeting:
        headlines = kMeetingHeadlines;
        break;
      case ItemKind::kAppointment:
        headlines = kAppointedHeadlines;
        break;
      case ItemKind::kDismissal:
        headlines = kDismissedHeadlines;
        break;
      case ItemKind::kStatement:
        headlines = kStatementHeadlines;
        break;
      case ItemKind::kEconomy:
        headlines = kEconomyHeadlines;
        break;
    }
    const size_t start = out->size();
    Expand(rng_.Pick(headlines), out);
    Capitalize(out, start);
    out->push_back('\n');
    // The headline names people by surname only: their first full mention is still to come.
    for (Person& p : people_) p.mentioned = false;
  }

  void AppendBody(std::string* out) {
    const int sentences = static_cast<int>(rng_.Between(4, 11));
    int in_paragraph = 0;
    int paragraph_size = static_cast<int>(rng_.Between(1, 3));
    for (int i = 0; i < sentences; ++i) {
      if (in_paragraph > 0) out->push_back(' ');
      AppendSentence(i == 0 ? LeadTemplates() : i == 1 ? SecondTemplates() : BodyTemplates(), out);
      if (++in_paragraph == paragraph_size || i + 1 == sentences) {
        out->push_back('\n');
        in_paragraph = 0;
        paragraph_size = static_cast<int>(rng_.Between(1, 3));
      }
    }
  }

  Templates LeadTemplates() {
    switch (kind_) {
      case ItemKind::kMeeting:
        return kMet;
      case ItemKind::kAppointment:
        return kAppointed;
      case ItemKind::kDismissal:
        return kDismissed;
      case ItemKind::kStatement:
        return kAnnounced;
      case ItemKind::kEconomy:
        return kFiller;
    }
    return kFiller;
  }

  Templates SecondTemplates() {
    const bool career = kind_ == ItemKind::kAppointment || kind_ == ItemKind::kDismissal;
    return career ? kBiography : BodyTemplates();
  }

  Templates BodyTemplates() {
    if (!rng_.Percent(9)) return kFiller;
    return rng_.Percent(70) ? Templates(kAnnounced) : Templates(kMet);
  }

  void AppendSentence(Templates templates, std::string* out) {
    const size_t start = out->size();
    Expand(rng_.Pick(templates), out);
    size_t words = CountWords(std::string_view(*out).substr(start));
    if (words < 15 && out->back() == '.') {
      out->pop_back();
      out->append(", ");
      Expand(rng_.Pick(Templates(kTails)), out);
      out->push_back('.');
      words = CountWords(std::string_view(*out).substr(start));
    }
    Capitalize(out, start);
    ++stats_.sentences;
    stats_.words += words;
    if (templates.data() != std::data(kFiller) && templates.data() != std::data(kBiography)) {
      ++stats_.relation_sentences;
    }
  }

  static void Capitalize(std::string* out, size_t at) {
    char& c = (*out)[at];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }

  // Expands the placeholders of `text` onto `*out`.
  void Expand(std::string_view text, std::string* out) {
    while (!text.empty()) {
      const size_t open = text.find('{');
      if (open == std::string_view::npos) break;
      out->append(text.substr(0, open));
      const size_t close = text.find('}', open);
      ExpandKey(text.substr(open + 1, close - open - 1), out);
      text.remove_prefix(close + 1);
    }
    out->append(text);
  }

  void ExpandKey(std::string_view key, std::string* out) {
    if (key.size() == 2 && key[1] >= '1' && key[1] <= '3') {
      return ExpandPerson(key[0], people_[key[1] - '1'], out);
    }
    if (const std::optional<std::string_view> word = Word(key)) {
      out->append(*word);
      return;
    }
    if (key == "SPEAKER") return ExpandSpeaker(out);
    if (key == "CLAUSE") return Expand(rng_.Pick(Templates(kClauses)), out);
    if (key == "QUOTE") return Expand(rng_.Pick(Templates(kQuotes)), out);
    if (key == "QOPEN") return AppendQuoteOpen(out);
    if (key == "YEAR") return AppendNumber(year_, out);
    if (key == "PYEAR") return AppendNumber(year_ - rng_.Between(1, 6), out);
    if (key == "FYEAR") return AppendNumber(year_ + rng_.Between(1, 5), out);
    if (key == "BYEAR") return AppendNumber(rng_.Between(1955, 1990), out);
    if (key == "NUM") return AppendDecimal(out);
    if (key == "INT") return AppendThousands(rng_.Between(2, 25000), out);
    if (key == "PCT") return AppendPercent(out);
    if (key == "FEW") return AppendNumber(rng_.Between(2, 40), out);
    std::fprintf(stderr, "corpus generator: unknown placeholder {%.*s}\n",
                 static_cast<int>(key.size()), key.data());
    std::abort();  // a defect in the templates above, not bad input
  }

  // The placeholders that stand for one word or phrase.
  std::optional<std::string_view> Word(std::string_view key) {
    if (key == "ROLE2") return people_[1].role;
    if (key == "OFFICE") return office_;
    if (key == "OLDOFFICE") return old_office_;
    if (key == "QCLOSE") return quote_close_;
    if (key == "TOPIC") return rng_.Pick(Topics());
    if (key == "PLACE") return rng_.Pick(Places());
    if (key == "COUNTRY") return country_->name;
    if (key == "DEMONYM") return country_->demonym;
    if (key == "CAPITAL") return country_->capital;
    if (key == "ORG") return rng_.Pick(Organizations());
    if (key == "IND") return rng_.Pick(Indicators());
    if (key == "PROJECT") return rng_.Pick(Projects());
    if (key == "ADJ") return rng_.Pick(Adjectives());
    if (key == "SOURCE") return rng_.Pick(Sources());
    if (key == "WEEKDAY") return rng_.Pick(Weekdays());
    if (key == "MONTH") return rng_.Pick(Months());
    return std::nullopt;
  }

  void ExpandPerson(char form, Person& p, std::string* out) {
    if (form == 'S') {
      out->append(p.surname);
      return;
    }
    if (form == 'N' || !p.mentioned) {
      // The first mention carries the title, most of the time.
      if (form == 'P' && rng_.Percent(80)) {
        out->append(p.title);
        out->push_back(' ');
      }
      p.mentioned = true;
      out->append(p.name);
      return;
    }
    // Later mentions vary: surname, title alone, or the full name.
    const uint64_t roll = rng_.Below(10);
    out->append(roll < 5 ? p.surname : roll < 7 ? std::string_view(p.short_title) : p.name);
  }

  void ExpandSpeaker(std::string* out) {
    const uint64_t roll = rng_.Below(10);
    if (roll < 6) return ExpandPerson('P', people_[0], out);
    if (roll < 8) return ExpandPerson('P', people_[1], out);
    out->append("the ");
    out->append(rng_.Pick(Organizations()));
  }

  // Quotation is messy in real feeds: straight, typographic, or the opening mark lost.
  void AppendQuoteOpen(std::string* out) {
    const uint64_t roll = rng_.Below(10);
    if (roll < 5) {
      out->push_back('"');
      quote_close_ = "\"";
    } else if (roll < 8) {
      out->append("\u201c");
      quote_close_ = "\u201d";
    } else {
      quote_close_ = "\"";
    }
  }

  static void AppendNumber(int64_t n, std::string* out) { out->append(std::to_string(n)); }

  // 1234567 -> "1,234,567".
  static void AppendThousands(int64_t n, std::string* out) {
    const std::string digits = std::to_string(n);
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out->push_back(',');
      out->push_back(digits[i]);
    }
  }

  void AppendDecimal(std::string* out) {
    AppendThousands(rng_.Between(1, 2500), out);
    out->push_back('.');
    out->push_back(static_cast<char>('0' + rng_.Below(10)));
  }

  void AppendPercent(std::string* out) {
    AppendNumber(rng_.Between(0, 40), out);
    out->push_back('.');
    out->push_back(static_cast<char>('0' + rng_.Below(10)));
  }

  Rng rng_;
  Stats stats_;
  int year_ = 2026, month_ = 12, day_ = 31, minutes_ = 23 * 60 + 59;
  int64_t views_ = 1000;
  ItemKind kind_ = ItemKind::kEconomy;
  const Country* country_ = nullptr;
  std::string_view office_, old_office_;
  std::array<Person, 3> people_;
  std::string_view quote_close_ = "\"";
};

CorpusGenerator::CorpusGenerator(uint64_t seed) : impl_(std::make_unique<Impl>(seed)) {}
CorpusGenerator::~CorpusGenerator() = default;
void CorpusGenerator::AppendItem(std::string* out) { impl_->AppendItem(out); }
const CorpusGenerator::Stats& CorpusGenerator::stats() const { return impl_->stats(); }

bool ParseByteSize(const std::string& text, uint64_t* bytes) {
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || value < 0) return false;
  const std::string_view unit(end);
  double scale = 1;
  if (unit == "k" || unit == "K" || unit == "KB" || unit == "KiB") {
    scale = 1024.0;
  } else if (unit == "M" || unit == "MB" || unit == "MiB") {
    scale = 1024.0 * 1024;
  } else if (unit == "G" || unit == "GB" || unit == "GiB") {
    scale = 1024.0 * 1024 * 1024;
  } else if (!unit.empty()) {
    return false;
  }
  *bytes = static_cast<uint64_t>(value * scale);
  return true;
}

}  // namespace polgraph::bench
