"""Event nouns that news names without telling the act (our own sentences): sanctions said to
be broken or evaded are not sanctions imposed; bringing one's citizens home is no withdrawal
of forces."""

import pytest

from tests.coding.dyads import dyads


@pytest.mark.parametrize("text, type_", [
    ("ब्रिटेन का आरोप है कि यह जहाज ईरान से तेल ला रहा था और इसने ब्रिटिश प्रतिबंधों का उल्लंघन किया है।", "SANCTION"),
    ("सरकार ने कहा कि सूडान में फंसे भारतीय नागरिकों और छात्रों की स्वदेश वापसी उसकी प्राथमिकता है।", "RETREAT"),
])
def test_named_but_not_done(code, text, type_):
    assert dyads(code(text), type_) == []
