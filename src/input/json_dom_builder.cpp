#include "input/json_dom_builder.h"

#include <vector>

namespace cg {

namespace {

using json = nlohmann::json;

class DomBuilder : public nlohmann::json_sax<json> {
 public:
  explicit DomBuilder(BuiltJson& out) : out_(out) {}

  bool null() override { return add(nullptr); }
  bool boolean(bool v) override { return add(v); }
  bool number_integer(number_integer_t v) override { return add(v); }
  bool number_unsigned(number_unsigned_t v) override { return add(v); }
  bool number_float(number_float_t v, const string_t&) override { return add(v); }
  bool string(string_t& v) override { return add(std::move(v)); }
  bool binary(binary_t& v) override { return add(json::binary(std::move(v))); }

  bool start_object(std::size_t) override {
    stack_.push_back(place(json::object()));
    return true;
  }
  bool key(string_t& k) override {
    auto* object = stack_.back()->get_ptr<json::object_t*>();
    auto [it, inserted] = object->emplace(std::move(k), nullptr);
    if (!inserted) {
      out_.duplicate_key = true;
      it->second = nullptr;
    }
    slot_ = &it->second;
    return true;
  }
  bool end_object() override {
    stack_.pop_back();
    return true;
  }
  bool start_array(std::size_t) override {
    stack_.push_back(place(json::array()));
    return true;
  }
  bool end_array() override {
    stack_.pop_back();
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  template <typename T>
  bool add(T&& v) {
    place(json(std::forward<T>(v)));
    return true;
  }

  json* place(json&& v) {
    if (stack_.empty()) {
      out_.value = std::move(v);
      return &out_.value;
    }
    if (auto* array = stack_.back()->get_ptr<json::array_t*>()) {
      array->push_back(std::move(v));
      return &array->back();
    }
    *slot_ = std::move(v);
    return slot_;
  }

  BuiltJson& out_;
  std::vector<json*> stack_;
  json* slot_ = nullptr;  // the value of the object key read last
};

}  // namespace

BuiltJson build_json(std::string_view text) {
  BuiltJson out;
  DomBuilder builder(out);
  out.ok = json::sax_parse(text.begin(), text.end(), &builder);
  if (!out.ok) out.value = nullptr;
  return out;
}

}  // namespace cg
