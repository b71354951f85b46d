#include "graph/postgres_url.h"

namespace polgraph {
namespace {

// The user info "user:password" of the authority as "user:***".
std::string MaskPasswordInAuthority(std::string_view authority) {
  size_t at = authority.rfind('@');
  if (at == std::string_view::npos) return std::string(authority);
  std::string_view user_info = authority.substr(0, at);
  size_t colon = user_info.find(':');
  if (colon == std::string_view::npos) return std::string(authority);
  return std::string(user_info.substr(0, colon)) + ":***" + std::string(authority.substr(at));
}

// The query "a=1&password=x&b=2" as "a=1&password=***&b=2".
std::string MaskPasswordInQuery(std::string_view query) {
  std::string kept;
  while (!query.empty()) {
    size_t end = query.find('&');
    std::string_view parameter = query.substr(0, end);
    query = end == std::string_view::npos ? std::string_view() : query.substr(end + 1);
    if (parameter.substr(0, parameter.find('=')) == "password") parameter = "password=***";
    kept += (kept.empty() ? "" : "&") + std::string(parameter);
  }
  return kept;
}

}  // namespace

bool IsPostgresUrl(std::string_view location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::string MaskPassword(std::string_view url) {
  size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return std::string(url);
  size_t authority_start = scheme_end + 3;
  size_t authority_end = url.find_first_of("/?", authority_start);
  if (authority_end == std::string_view::npos) authority_end = url.size();
  size_t query_start = url.find('?', authority_start);

  std::string out(url.substr(0, authority_start));
  out += MaskPasswordInAuthority(url.substr(authority_start, authority_end - authority_start));
  if (query_start == std::string_view::npos) return out + std::string(url.substr(authority_end));
  out += url.substr(authority_end, query_start - authority_end);
  std::string query = MaskPasswordInQuery(url.substr(query_start + 1));
  return query.empty() ? out : out + "?" + query;
}

std::string DisplayStoreLocation(std::string_view location) {
  return IsPostgresUrl(location) ? MaskPassword(location) : std::string(location);
}

}  // namespace polgraph
