#include "cli/args.h"

namespace cg::cli {

std::optional<Args> parse_args(const std::vector<std::string>& argv, const std::set<std::string>& with_value,
                               const std::set<std::string>& flags, std::string& error) {
  Args args;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (a.size() > 2 && a.compare(0, 2, "--") == 0) {
      std::string name = a, value;
      auto eq = a.find('=');
      bool inline_value = eq != std::string::npos;
      if (inline_value) {
        name = a.substr(0, eq);
        value = a.substr(eq + 1);
      }
      if (with_value.count(name)) {
        if (!inline_value) {
          if (i + 1 >= argv.size()) {
            error = name + " needs a value";
            return std::nullopt;
          }
          value = argv[++i];
        }
        args.options[name] = value;
      } else if (flags.count(name) && !inline_value) {
        args.flags.insert(name);
      } else {
        error = "unknown option " + name;
        return std::nullopt;
      }
    } else if (a.size() >= 2 && a.compare(0, 2, "-j") == 0 && with_value.count("-j")) {
      if (a.size() > 2) {
        args.options["-j"] = a.substr(2);
      } else if (i + 1 < argv.size()) {
        args.options["-j"] = argv[++i];
      } else {
        error = "-j needs a number";
        return std::nullopt;
      }
    } else if (a == "-h") {
      args.flags.insert("--help");
    } else {
      args.positional.push_back(a);
    }
  }
  return args;
}

}  // namespace cg::cli
