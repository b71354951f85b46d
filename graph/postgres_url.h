// PostgreSQL connection URLs as polgraph shows and recognises them: a store
// location is a PostgreSQL database when it is a "postgresql://" or
// "postgres://" URL (libpq's own syntax), and every message names the
// database by its URL with the password taken out.
#pragma once

#include <string>
#include <string_view>

namespace polgraph {

/// Whether `location` is a "postgresql://" or "postgres://" URL.
bool IsPostgresUrl(std::string_view location);

/// `url` without its password: "postgresql://ann:secret@db/g?password=x&sslmode=require"
/// becomes "postgresql://ann@db/g?sslmode=require". Everything else is kept.
std::string WithoutPassword(std::string_view url);

}  // namespace polgraph
