package schema

// activityFields lists the activity fields in struct order.
func activityFields() []string { return []string{"role", "type", "name", "avatarUrl"} }

// activity builds an Activity from the generic tree, collecting problems.
func (w *walker) activity(tree any) *Activity {
	obj, ok := tree.(map[string]any)
	if !ok {
		w.add("", RuleType, "the activity must be a JSON object, not %s", jsonType(tree))
		return nil
	}
	a := &Activity{
		Role: reqEnum(w, obj, "", "role", RoleAppMaker),
		Type: reqEnum(w, obj, "", "type", TypingStart, TypingStop),
	}
	a.Name = w.optString(obj, "", "name")
	a.AvatarURL = w.httpURL(obj, "", "avatarUrl")
	w.unknown(obj, "", activityFields())
	return a
}
