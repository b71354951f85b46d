// PostgreSQL connection URLs as polgraph shows and recognises them: a store
// location is a PostgreSQL database when it is a "postgresql://" or
// "postgres://" URL (libpq's own syntax), and every message names the
// database by its URL with the password masked ("***"): a password is never
// printed, in messages or in output.
#pragma once

#include <string>
#include <string_view>

namespace polgraph {

/// Whether `location` is a "postgresql://" or "postgres://" URL.
bool IsPostgresUrl(std::string_view location);

/// `url` with its password masked: "postgresql://ann:secret@db/g?password=x&sslmode=require"
/// becomes "postgresql://ann:***@db/g?password=***&sslmode=require". Everything
/// else is kept.
std::string MaskPassword(std::string_view url);

/// A store location as polgraph prints it: a PostgreSQL URL with its password
/// masked (MaskPassword), a file path as it is.
std::string DisplayStoreLocation(std::string_view location);

}  // namespace polgraph
