// The resources library holds only compiled Qt resources; this file gives the linker a translation unit.
namespace motcua {
int resourcesAnchor()
{
    return 0;
}
} // namespace motcua
