#pragma once
// A posted form and the case it is written into: reading a form's values, and the small steps
// every editor takes to put them in the case. Nothing here knows HTML or HTTP.
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cg::server {

using CaseJson = nlohmann::ordered_json;
// A posted form: each name with its values in the order sent (a checkbox group repeats its name).
using FormValues = std::multimap<std::string, std::string>;

// A field's id in the page: its name with every character but a letter, digit, '_' and '-' made '-'.
std::string field_id(const std::string& name);

bool has(const FormValues& form, const std::string& name);
// The last non-empty value sent for `name`, line endings made \n ("" when absent).
std::string value(const FormValues& form, const std::string& name);
// Every non-empty value sent for `name`, in order.
std::vector<std::string> values(const FormValues& form, const std::string& name);
bool blank(const std::string& s);

// Sets obj[key] to the form's value of `name` when the form carries it; empty text removes it.
void set_text(CaseJson& obj, const char* key, const FormValues& form, const std::string& name);
// obj[key] when it is a text, else "".
std::string text_of(const CaseJson& obj, const char* key);
// obj[key] when it is a list, else an empty list.
const CaseJson& list_of(const CaseJson& obj, const char* key);
// The ids of the objects of c[list] ("members", "children"), in order.
std::vector<std::string> ids_of(const CaseJson& c, const char* list);
// Sets obj[key] to the values of `name` that are in `allowed`, when the form carries it.
void set_refs(CaseJson& obj, const char* key, const FormValues& form, const std::string& name,
              const std::vector<std::string>& allowed);

// The field a finding about `pointer` belongs beside: that of the pointer or of the nearest place
// above it; "" when the editor has no field for it.
std::string field_for(const std::map<std::string, std::string>& fields, const std::string& pointer);

}  // namespace cg::server
