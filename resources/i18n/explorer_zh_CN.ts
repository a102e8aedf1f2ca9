<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AppState</name>
        <message>
            <location filename="../../explorer/ui/state.py" line="116" />
            <source>Scenario 1</source>
            <translation>方案 1</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/state.py" line="291" />
            <source>{name} (copy)</source>
            <translation>{name}（副本）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/state.py" line="348" />
            <source>Scenario {number}</source>
            <translation>方案 {number}</translation>
        </message>
    </context>
    <context>
        <name>CalculatorTab</name>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="141" />
            <source>IT load</source>
            <translation>IT 负载</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="142" />
            <source>IT load in kilowatts</source>
            <translation>IT 负载（千瓦）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="143" />
            <source>Average IT load of the workload, 100 kW to 200 MW</source>
            <translation>工作负载的平均 IT 负载，100 千瓦至 200 兆瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="145" />
            <source>Costs by site</source>
            <translation>各地成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="146" />
            <source>Cash flow</source>
            <translation>现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="147" />
            <source>Waterfall</source>
            <translation>瀑布图</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="148" />
            <source>Incentives</source>
            <translation>激励政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="149" />
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="150" />
            <source>Energy</source>
            <translation>电费</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="154" />
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="155" />
            <source>Goal seek…</source>
            <translation>目标求解…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="157" />
            <source>Goal seek: solve for the input that reaches a target NPV</source>
            <translation>目标求解：求出使净现值达到目标的输入值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="159" />
            <source>Find the break-even value of any input (Ctrl+G)</source>
            <translation>求任一输入的盈亏平衡值（Ctrl+G）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/calculator_tab.py" line="165" />
            <source>Click for how this is calculated</source>
            <translation>点击查看计算方法</translation>
        </message>
    </context>
    <context>
        <name>ChartExportDialog</name>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="68" />
            <location filename="../../explorer/ui/export_dialogs.py" line="69" />
            <source>Export a chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="71" />
            <source>Cash flow of the move</source>
            <translation>迁移现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="72" />
            <source>From today's cost to the net cost (waterfall)</source>
            <translation>从现有成本到净成本（瀑布图）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="73" />
            <source>Operating cost by site</source>
            <translation>各地区运营成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="74" />
            <source>Sensitivity (tornado)</source>
            <translation>敏感性分析（龙卷风图）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="75" />
            <source>Monte Carlo distribution of the NPV</source>
            <translation>净现值的蒙特卡洛分布</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="79" />
            <source>Chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="80" />
            <source>Width in pixels</source>
            <translation>宽度（像素）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="81" />
            <source>Height in pixels</source>
            <translation>高度（像素）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="82" />
            <source>&amp;Chart:</source>
            <translation>图表(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="84" />
            <source>&amp;Width:</source>
            <translation>宽度(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="86" />
            <source>&amp;Height:</source>
            <translation>高度(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="90" />
            <source>The image has exactly this many pixels, whatever the screen's scaling; the chart is the one in the investor pack.</source>
            <translation>图片的像素尺寸与此处设置完全一致，不受屏幕缩放影响；图表与投资者资料中的相同。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="93" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/export_dialogs.py" line="94" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <location filename="../../explorer/ui/charts/cashflow_chart.py" line="41" />
            <source>Cash flow of the move</source>
            <translation>迁移现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cashflow_chart.py" line="42" />
            <location filename="../../explorer/ui/charts/incentives_chart.py" line="28" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cashflow_chart.py" line="43" />
            <source>Annual and cumulative cash flow</source>
            <translation>年度及累计现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cashflow_chart.py" line="45" />
            <source>Cash flow in the year</source>
            <translation>当年现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cashflow_chart.py" line="46" />
            <source>Cumulative</source>
            <translation>累计</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cashflow_chart.py" line="62" />
            <source>break-even: {months}</source>
            <translation>盈亏平衡：{months}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cashflow_chart.py" line="83" />
            <source>Year {year}
Cash flow: {flow} ({flow_exact})
Cumulative: {total} ({total_exact})</source>
            <translation>第 {year} 年
现金流：{flow}（{flow_exact}）
累计：{total}（{total_exact}）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cost_stack_chart.py" line="20" />
            <source>Energy</source>
            <translation>电费</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cost_stack_chart.py" line="21" />
            <source>Space</source>
            <translation>机柜空间</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cost_stack_chart.py" line="22" />
            <source>Compute service</source>
            <translation>算力服务</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cost_stack_chart.py" line="23" />
            <source>Network</source>
            <translation>网络带宽</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cost_stack_chart.py" line="24" />
            <source>Labour</source>
            <translation>人力</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cost_stack_chart.py" line="25" />
            <source>Charges</source>
            <translation>附加费</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cost_stack_chart.py" line="26" />
            <source>Incentives</source>
            <translation>激励政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cost_stack_chart.py" line="47" />
            <source>Operating cost in year 1 by site</source>
            <translation>各地第 1 年运营成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cost_stack_chart.py" line="48" />
            <source>Operating cost by category and site</source>
            <translation>按类别和地区的运营成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/cost_stack_chart.py" line="52" />
            <source>Net after incentives</source>
            <translation>扣除激励后净成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/incentives_chart.py" line="27" />
            <location filename="../../explorer/ui/charts/incentives_chart.py" line="29" />
            <source>Incentives by year and policy</source>
            <translation>按年度和政策的激励</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/incentives_chart.py" line="31" />
            <source>No chosen policy pays anything in this case</source>
            <translation>所选政策在本方案中均无收益</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/incentives_chart.py" line="84" />
            <source>Year {year}</source>
            <translation>第{year}年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/waterfall_chart.py" line="79" />
            <source> (net)</source>
            <translation>（净额）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/waterfall_chart.py" line="99" />
            <source>From today's annual cost to Gui'an's net cost (year 1)</source>
            <translation>从现址年成本到贵安净成本（第 1 年）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/waterfall_chart.py" line="101" />
            <source>Waterfall of the annual saving</source>
            <translation>年度节省瀑布图</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="199" />
            <location filename="../../explorer/ui/compare/compare_view.py" line="200" />
            <source>Scenarios to compare</source>
            <translation>对比的方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="201" />
            <source>Tick up to four; the base is always compared</source>
            <translation>最多勾选四个；基准方案始终参与对比</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="202" />
            <source>Results against the base</source>
            <translation>与基准方案对比的结果</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="203" />
            <source>Results of the compared scenarios</source>
            <translation>对比方案的测算结果</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="204" />
            <location filename="../../explorer/ui/compare/compare_view.py" line="208" />
            <source>Scenarios</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="205" />
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="206" />
            <source>Inputs that differ</source>
            <translation>不同的输入</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="207" />
            <source>Inputs that differ between the compared scenarios</source>
            <translation>对比方案之间不同的输入</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="209" />
            <source>Inputs</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="210" />
            <source>Cumulative cash flow</source>
            <translation>累计现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="211" />
            <source>Compare scenarios</source>
            <translation>方案对比</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="348" />
            <source>The base scenario: always compared; the others are measured against it</source>
            <translation>基准方案：始终参与对比，其他方案都与它比较</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="350" />
            <source>Four scenarios are compared already; untick one to pick this one</source>
            <translation>已在对比四个方案；请先取消勾选一个，再选此方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="352" />
            <source>Tick to compare this scenario with the base</source>
            <translation>勾选后将此方案与基准方案对比</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="367" />
            <source>Not compared, as the data pack refuses them: {names}</source>
            <translation>未参与对比（当前数据包不接受这些方案）：{names}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="370" />
            <source>There is only one scenario. Use New or Duplicate in the Calculator to make another.</source>
            <translation>目前只有一个方案。请在测算页用“新建”或“复制”再建一个。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="373" />
            <source>Tick at least one more scenario to compare it with the base.</source>
            <translation>请再勾选至少一个方案，与基准方案对比。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="375" />
            <source>Up to four scenarios. Set the base in the Calculator.</source>
            <translation>最多四个方案。基准方案在测算页设置。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="417" />
            <source>Input</source>
            <translation>输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="418" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="440" />
            <source>Pick another scenario to see how its inputs differ.</source>
            <translation>再选一个方案，即可查看输入有何不同。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="442" />
            <source>The compared scenarios have the same inputs.</source>
            <translation>对比的方案输入完全相同。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="462" />
            <source>{value}, differs from the base</source>
            <translation>{value}，与基准方案不同</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="471" />
            <source>{name}: the base scenario</source>
            <translation>{name}：基准方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="481" />
            <source>Net present value</source>
            <translation>净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="482" />
            <source>Internal rate of return</source>
            <translation>内部收益率</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="483" />
            <source>Payback period</source>
            <translation>投资回收期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="484" />
            <source>Annual saving, year 1</source>
            <translation>年节省额（第1年）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="485" />
            <source>Incentives over the horizon</source>
            <translation>测算期内激励合计</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="486" />
            <source>One-off costs</source>
            <translation>一次性费用</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="487" />
            <source>CO₂ avoided a year</source>
            <translation>每年减排二氧化碳</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="488" />
            <source>Cost per accelerator-hour, destination</source>
            <translation>目的地每卡时成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="494" />
            <source>Cash flows of the move discounted at the scenario's rate; higher is better</source>
            <translation>按方案折现率折现的迁移现金流；越高越好</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="495" />
            <source>The discount rate at which the NPV is zero; higher is better</source>
            <translation>使净现值为零的折现率；越高越好</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="496" />
            <source>When the cumulative cash flow recovers to zero; sooner is better</source>
            <translation>累计现金流回正所需时间；越短越好</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="498" />
            <source>Year-1 operating cost at the origin less at the destination, before incentives</source>
            <translation>第1年迁出地运营成本减去目的地运营成本，未计激励</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="501" />
            <source>Incentives at the destination less at the origin, summed over the horizon, undiscounted</source>
            <translation>目的地激励减去迁出地激励，测算期内合计，未折现</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="503" />
            <source>Relocation costs in year 0 plus parallel running in year 1; lower is better</source>
            <translation>第0年迁移费用加第1年并行运行费用；越低越好</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="504" />
            <source>Tonnes of CO₂ a year at the origin less at the destination</source>
            <translation>迁出地每年二氧化碳排放量减去目的地排放量（吨）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="506" />
            <source>Year-1 operating cost at the destination per accelerator-hour used, before incentives</source>
            <translation>目的地第1年运营成本折合每使用一卡时的成本，未计激励</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="516" />
            <source>Immediate</source>
            <translation>立即回收</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="521" />
            <source>None: no outlay</source>
            <translation>无：没有投入</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="522" />
            <source>None: never positive</source>
            <translation>无：现金流从未为正</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="523" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="524" />
            <source>Several rates</source>
            <translation>有多个解</translation>
        </message>
        <message numerus="yes">
            <location filename="../../explorer/ui/compare/compare_view.py" line="525" />
            <source>Not within %n year(s)</source>
            <translation>
                <numerusform>%n年内无法回收</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="526" />
            <source>No accelerators</source>
            <translation>无加速卡</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="533" />
            <source>better</source>
            <translation>更优</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="534" />
            <source>worse</source>
            <translation>更差</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="535" />
            <source>same</source>
            <translation>相同</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="542" />
            <source>{value} pp</source>
            <translation>{value}个百分点</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="557" />
            <source>{name}: {value}</source>
            <translation>{name}：{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="560" />
            <source>Base ({name}): {value}</source>
            <translation>基准方案（{name}）：{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="563" />
            <source>Difference: {value}</source>
            <translation>差额：{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="565" />
            <source>Better than the base</source>
            <translation>优于基准方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="566" />
            <source>Worse than the base</source>
            <translation>差于基准方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="567" />
            <source>The same as the base</source>
            <translation>与基准方案相同</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="575" />
            <source>Move, year 0: {move}; parallel running, year 1: {parallel}</source>
            <translation>迁移（第0年）：{move}；并行运行（第1年）：{parallel}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="581" />
            <source>After incentives: {value}</source>
            <translation>计入激励后：{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="588" />
            <location filename="../../explorer/ui/compare/compare_view.py" line="595" />
            <location filename="../../explorer/ui/compare/compare_view.py" line="599" />
            <location filename="../../explorer/ui/compare/compare_view.py" line="606" />
            <source>{value} yuan</source>
            <translation>{value}元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="592" />
            <location filename="../../explorer/ui/compare/compare_view.py" line="603" />
            <source>{value} months</source>
            <translation>{value}个月</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="594" />
            <location filename="../../explorer/ui/compare/compare_view.py" line="605" />
            <source>{value} tCO₂</source>
            <translation>{value}吨二氧化碳</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="601" />
            <source>{value} percentage points</source>
            <translation>{value}个百分点</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="610" />
            <source>Moving from</source>
            <translation>迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="611" />
            <source>Destination</source>
            <translation>目的地</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="612" />
            <source>Operating mode</source>
            <translation>运营模式</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="613" />
            <source>Horizon</source>
            <translation>测算期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="614" />
            <source>Move date</source>
            <translation>迁移日期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="615" />
            <source>Policies counted</source>
            <translation>计入的政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="630" />
            <source>Colocation</source>
            <translation>机柜租用</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="631" />
            <source>Self-build</source>
            <translation>自建</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="632" />
            <source>Compute service</source>
            <translation>算力服务</translation>
        </message>
        <message numerus="yes">
            <location filename="../../explorer/ui/compare/compare_view.py" line="635" />
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n年</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../explorer/ui/compare/compare_view.py" line="639" />
            <source>%n policies</source>
            <translation>
                <numerusform>%n项政策</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="651" />
            <source>Counted here, not in the base:</source>
            <translation>此方案计入、基准方案未计入：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="654" />
            <source>Counted in the base, not here:</source>
            <translation>基准方案计入、此方案未计入：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="672" />
            <source>Not an input of this scenario</source>
            <translation>不是此方案的输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="679" />
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="680" />
            <source>yuan/yr</source>
            <translation>元/年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="681" />
            <source>persons</source>
            <translation>人</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="682" />
            <source>ms</source>
            <translation>毫秒</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="683" />
            <source>count</source>
            <translation>个</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="684" />
            <source>kW</source>
            <translation>千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="685" />
            <source>kW/rack</source>
            <translation>千瓦/机柜</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="689" />
            <source>%/yr</source>
            <translation>%/年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="690" />
            <source>years</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="691" />
            <source>months</source>
            <translation>个月</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="692" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="693" />
            <source>ratio</source>
            <translation>比值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="694" />
            <source>yuan/kWh</source>
            <translation>元/千瓦时</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="695" />
            <source>yuan/rack/month</source>
            <translation>元/机柜/月</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="696" />
            <source>yuan/Mbps/month</source>
            <translation>元/Mbps/月</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="697" />
            <source>yuan/person/year</source>
            <translation>元/人/年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="698" />
            <source>yuan/rack</source>
            <translation>元/机柜</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="699" />
            <source>yuan/TB</source>
            <translation>元/TB</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="700" />
            <source>yuan/day</source>
            <translation>元/天</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="701" />
            <source>yuan/person</source>
            <translation>元/人</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="702" />
            <source>yuan/kW</source>
            <translation>元/千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="703" />
            <source>tCO₂/MWh</source>
            <translation>吨二氧化碳/兆瓦时</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="705" />
            <source>CNY/USD</source>
            <translation>元/美元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="889" />
            <source>{value} t</source>
            <translation>{value}吨</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/compare_view.py" line="893" />
            <source>CNY {value}</source>
            <translation>{value}元</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <location filename="../../explorer/ui/errors.py" line="84" />
            <location filename="../../explorer/ui/errors.py" line="86" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/errors.py" line="90" />
            <source>Something went wrong, but your work is still open. The details were written to the log file in:
{folder}</source>
            <translation>程序出现错误，但您的工作仍然保留。详细信息已写入日志文件夹：
{folder}</translation>
        </message>
    </context>
    <context>
        <name>CumulativeChart</name>
        <message>
            <location filename="../../explorer/ui/compare/cumulative_chart.py" line="80" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/cumulative_chart.py" line="81" />
            <source>Cumulative cash flow</source>
            <translation>累计现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/cumulative_chart.py" line="83" />
            <location filename="../../explorer/ui/compare/cumulative_chart.py" line="86" />
            <source>Cumulative cash flow by scenario</source>
            <translation>各方案累计现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/cumulative_chart.py" line="126" />
            <source>Year {year}</source>
            <translation>第{year}年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/cumulative_chart.py" line="131" />
            <source>{amount} yuan</source>
            <translation>{amount}元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/compare/cumulative_chart.py" line="135" />
            <source>{name}: {value}</source>
            <translation>{name}：{value}</translation>
        </message>
    </context>
    <context>
        <name>DataPack</name>
        <message>
            <location filename="../../explorer/datapack/problems.py" line="17" />
            <source>{file}, row {row}</source>
            <translation>{file}，第 {row} 行</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/problems.py" line="18" />
            <source>{file}, column '{column}'</source>
            <translation>{file}，“{column}”列</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/problems.py" line="19" />
            <source>{file}, row {row}, column '{column}'</source>
            <translation>{file}，第 {row} 行，“{column}”列</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/problems.py" line="20" />
            <source>{where}: {rule}</source>
            <translation>{where}：{rule}</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/problems.py" line="21" />
            <source>{where}: {rule} (value: '{value}')</source>
            <translation>{where}：{rule}（值：“{value}”）</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/problems.py" line="22" />
            <source>The data pack is invalid: {count} problem(s).</source>
            <translation>数据包无效：共 {count} 个问题。</translation>
        </message>
        <message>
            <location filename="../../explorer/datapack/problems.py" line="23" />
            <source>… and {count} more.</source>
            <translation>……另有 {count} 个问题。</translation>
        </message>
    </context>
    <context>
        <name>DataPackDialogs</name>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="132" />
            <source>Import data pack: choose a .zip, an .xlsx workbook, or a pack folder's manifest.json</source>
            <translation>导入数据包：选择 .zip、.xlsx 工作簿或数据包文件夹中的 manifest.json</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="137" />
            <source>Data packs (*.zip *.xlsx manifest.json);;All files (*)</source>
            <translation>数据包 (*.zip *.xlsx manifest.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="167" />
            <location filename="../../explorer/ui/datapack_dialogs.py" line="179" />
            <location filename="../../explorer/ui/datapack_dialogs.py" line="184" />
            <source>Import data pack</source>
            <translation>导入数据包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="168" />
            <source>Could not read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="180" />
            <source>The data pack could not be installed; the active data is unchanged.
%1</source>
            <translation>数据包未能安装，当前数据保持不变。
%1</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="185" />
            <source>Data pack %1 (as of %2) is now active.</source>
            <translation>数据包 %1（截至 %2）已启用。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="194" />
            <source>Revert to shipped data</source>
            <translation>恢复为随附数据</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="199" />
            <source>The shipped data pack is already in use.</source>
            <translation>当前已在使用随附数据包。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="204" />
            <source>Replace the imported data pack %1 with the shipped data pack %2 (as of %3)? The imported pack will be deleted.</source>
            <translation>用随附数据包 %2（截至 %3）替换已导入的数据包 %1？已导入的数据包将被删除。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="221" />
            <source>Could not remove the imported data pack: %1</source>
            <translation>无法删除已导入的数据包：%1</translation>
        </message>
    </context>
    <context>
        <name>DiffDialog</name>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="109" />
            <source>Import data pack</source>
            <translation>导入数据包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="112" />
            <source>%1 is valid: data pack %2, as of %3. Review the changes, then import it to replace the active data. You can revert to the shipped data at any time.</source>
            <translation>%1 校验通过：数据包 %2，截至 %3。请核对变更后导入以替换当前数据；随时可恢复为随附数据。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="118" />
            <source>Changes the import makes</source>
            <translation>导入带来的变更</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="119" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="121" />
            <source>Import this data pack</source>
            <translation>导入此数据包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="124" />
            <source>Cancel the import</source>
            <translation>取消导入</translation>
        </message>
    </context>
    <context>
        <name>EnergyCostChart</name>
        <message>
            <location filename="../../explorer/ui/charts/energy_cost_chart.py" line="30" />
            <source>Energy cost per year</source>
            <translation>每年电费</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/energy_cost_chart.py" line="31" />
            <source>Annual energy cost by site</source>
            <translation>各地区每年电费</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/energy_cost_chart.py" line="66" />
            <source>{site}
{energy} kWh a year
Energy cost: {cost} ({exact} yuan)</source>
            <translation>{site}
每年 {energy} 千瓦时
电费：{cost}（{exact} 元）</translation>
        </message>
    </context>
    <context>
        <name>ExplainDialog</name>
        <message>
            <location filename="../../explorer/ui/calculator/explain_dialog.py" line="15" />
            <source>How is this calculated: {title}</source>
            <translation>计算方法：{title}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/explain_dialog.py" line="22" />
            <source>Formula, numbers and sources</source>
            <translation>公式、数字与来源</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/explain_dialog.py" line="27" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/explain_dialog.py" line="29" />
            <source>Copy the explanation</source>
            <translation>复制说明</translation>
        </message>
    </context>
    <context>
        <name>ExternalLink</name>
        <message>
            <location filename="../../explorer/ui/widgets/external_link.py" line="27" />
            <location filename="../../explorer/ui/widgets/external_link.py" line="29" />
            <source>Open a web page</source>
            <translation>打开网页</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/external_link.py" line="32" />
            <source>Open this address in your web browser?

{address}

This needs an internet connection.</source>
            <translation>在浏览器中打开以下网址？

{address}

需要连接互联网。</translation>
        </message>
    </context>
    <context>
        <name>GoalSeekDialog</name>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="197" />
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="198" />
            <source>Goal seek</source>
            <translation>目标求解</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="199" />
            <source>Common questions:</source>
            <translation>常见问题：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="203" />
            <source>Break-even electricity price in {site}</source>
            <translation>{site}盈亏平衡电价</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="204" />
            <source>The electricity price at the destination at which the NPV reaches the target.</source>
            <translation>使净现值达到目标值的迁入地电价。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="207" />
            <source>Incentive needed</source>
            <translation>所需激励</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="209" />
            <source>The additional incentive a year at which the NPV reaches the target. Negative: the case clears the target without it, by that much a year.</source>
            <translation>使净现值达到目标值所需的每年额外激励。为负值时表示无需额外激励即可达到目标，且每年还有该金额的余量。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="214" />
            <source>Largest migration cost</source>
            <translation>最高可承受迁移成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="216" />
            <source>The largest other one-off cost, on top of the one-off costs already entered, at which the NPV still reaches the target.</source>
            <translation>在已录入的一次性费用之外，净现值仍能达到目标值时可承受的最大其他一次性费用。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="225" />
            <source>Solve for</source>
            <translation>求解变量</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="226" />
            <source>Input to solve for</source>
            <translation>要求解的输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="227" />
            <source>Search the inputs</source>
            <translation>搜索输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="228" />
            <source>Type to search the inputs</source>
            <translation>输入文字以搜索输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="229" />
            <source>Current value</source>
            <translation>当前值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="230" />
            <source>Target NPV</source>
            <translation>目标净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="231" />
            <source>Target NPV in yuan</source>
            <translation>目标净现值（元）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="232" />
            <source> yuan</source>
            <translation> 元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="233" />
            <source>Search range</source>
            <translation>搜索范围</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="234" />
            <source>Limit to</source>
            <translation>限定为</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="235" />
            <source>Limit the search range</source>
            <translation>限定搜索范围</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="237" />
            <source>Without a limit the whole allowed range of the input is searched.</source>
            <translation>不限定时，在该输入项的整个允许范围内搜索。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="239" />
            <source>Lowest value to search</source>
            <translation>搜索下限</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="240" />
            <source>Highest value to search</source>
            <translation>搜索上限</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="241" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="242" />
            <source>Solve</source>
            <translation>求解</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="243" />
            <source>Solve for the target NPV</source>
            <translation>按目标净现值求解</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="244" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="245" />
            <source>Apply the answer to the scenario</source>
            <translation>将求解结果应用到方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="246" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="247" />
            <source>Close goal seek</source>
            <translation>关闭目标求解</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="271" />
            <source>This case has no such input.</source>
            <translation>本方案没有该输入项。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="317" />
            <source>The scenario did not accept this value.</source>
            <translation>方案未接受该数值。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="397" />
            <source>Site: {site}</source>
            <translation>地区：{site}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="399" />
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="400" />
            <source>Firm</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="401" />
            <source>Workload</source>
            <translation>工作负载</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="402" />
            <source>One-off relocation costs</source>
            <translation>一次性迁移费用</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="403" />
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="404" />
            <source>Incentives</source>
            <translation>激励政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="406" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="432" />
            <source>{amount} a year</source>
            <translation>每年 {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="446" />
            <source>The NPV now: {npv}</source>
            <translation>当前净现值：{npv}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="459" />
            <source>Cannot solve</source>
            <translation>无法求解</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="464" />
            <source>Choose an input and a target, then press Solve.</source>
            <translation>请选择输入项和目标值，然后点击“求解”。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="472" />
            <source>{input} for an NPV of {target}:</source>
            <translation>净现值为 {target} 时的{input}：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="478" />
            <source>Current value: {value}</source>
            <translation>当前值：{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="479" />
            <source>NPV at the answer: {npv}</source>
            <translation>求解值下的净现值：{npv}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="482" />
            <source>Searched from {low} to {high}.</source>
            <translation>搜索范围：{low} 至 {high}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="489" />
            <source>Negative: the case reaches the target without any additional incentive, and would still reach it with {amount} a year less.</source>
            <translation>为负值：无需任何额外激励即可达到目标，即使每年减少 {amount} 仍能达到。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="497" />
            <source>Caution: the NPV jumps at this value (a step, such as one more rack or a policy threshold), so it cannot equal the target exactly. On one side of this value the NPV is above the target, on the other below.</source>
            <translation>注意：净现值在该值处跳变（阶跃，例如多一个机柜或达到政策门槛），无法恰好等于目标值。在该值一侧净现值高于目标，另一侧低于目标。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="503" />
            <source>No solution in range</source>
            <translation>范围内无解</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="507" />
            <source>The NPV does not reach {target} anywhere from {low} to {high}.
NPV at {low}: {npv_low}
NPV at {high}: {npv_high}</source>
            <translation>在 {low} 至 {high} 范围内，净现值均达不到 {target}。
{low} 时的净现值：{npv_low}
{high} 时的净现值：{npv_high}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/goal_seek_dialog.py" line="518" />
            <source>Inputs changed since this answer: solve again.</source>
            <translation>求解后输入已变化：请重新求解。</translation>
        </message>
    </context>
    <context>
        <name>HistogramChart</name>
        <message>
            <location filename="../../explorer/ui/charts/histogram_chart.py" line="124" />
            <source>Samples by NPV</source>
            <translation>样本的净现值分布</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/histogram_chart.py" line="125" />
            <source>P10 / P50 / P90</source>
            <translation>P10 / P50 / P90</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/histogram_chart.py" line="126" />
            <source>Break-even (NPV = 0)</source>
            <translation>盈亏平衡（净现值 = 0）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/histogram_chart.py" line="129" />
            <source>NPV</source>
            <translation>净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/histogram_chart.py" line="130" />
            <source>Samples</source>
            <translation>样本数</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/histogram_chart.py" line="132" />
            <source>Histogram of NPV over the Monte Carlo samples</source>
            <translation>蒙特卡洛模拟样本的净现值直方图</translation>
        </message>
    </context>
    <context>
        <name>InputPanel</name>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="120" />
            <source>Show or hide: {group}</source>
            <translation>展开或收起：{group}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="122" />
            <source>Workload template</source>
            <translation>工作负载模板</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="123" />
            <source>Operating mode</source>
            <translation>运营模式</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="124" />
            <source>Origin region</source>
            <translation>迁出地区</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="125" />
            <source>Horizon in years</source>
            <translation>测算年限（年）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="126" />
            <location filename="../../explorer/ui/calculator/input_panel.py" line="187" />
            <source>Move date</source>
            <translation>迁移日期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="127" />
            <source>Certified high-tech enterprise</source>
            <translation>已认定高新技术企业</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="128" />
            <location filename="../../explorer/ui/calculator/input_panel.py" line="189" />
            <source>Registered in Gui'an</source>
            <translation>在贵安注册</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="129" />
            <source>Source of the selected input</source>
            <translation>所选输入的数据来源</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="130" />
            <source>Click an input to see where its value comes from.</source>
            <translation>点击任一输入，查看其数值来源。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="183" />
            <source>Template</source>
            <translation>模板</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="184" />
            <source>Mode</source>
            <translation>模式</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="185" />
            <source>Moving from</source>
            <translation>迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="186" />
            <source>Horizon (years)</source>
            <translation>测算年限（年）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="188" />
            <source>High-tech enterprise</source>
            <translation>高新技术企业</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="194" />
            <source>Firm profile</source>
            <translation>企业概况</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="195" />
            <source>Workload</source>
            <translation>工作负载</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="196" />
            <source>Sites compared</source>
            <translation>对比地区</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="197" />
            <source>One-off relocation costs</source>
            <translation>一次性迁移费用</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="198" />
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="199" />
            <source>Incentives</source>
            <translation>激励政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="202" />
            <source>Site: {name}</source>
            <translation>地区：{name}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="215" />
            <source>Realisation</source>
            <translation>兑现率</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="363" />
            <source>Colocation (rent racks)</source>
            <translation>托管（租用机柜）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="364" />
            <source>Self-build</source>
            <translation>自建</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="365" />
            <source>Compute service</source>
            <translation>算力服务</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="370" />
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="370" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="370" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="375" />
            <source>Compare with {site}</source>
            <translation>与{site}对比</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/input_panel.py" line="380" />
            <source>Users in {region}</source>
            <translation>用户在{region}</translation>
        </message>
    </context>
    <context>
        <name>Kpi</name>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="52" />
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="68" />
            <source>set in this scenario</source>
            <translation>本方案设定</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="72" />
            <source>set in this scenario; data pack: {source}</source>
            <translation>本方案设定；数据包：{source}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="82" />
            <source>energy</source>
            <translation>电费</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="83" />
            <source>space</source>
            <translation>机柜空间</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="84" />
            <source>compute service</source>
            <translation>算力服务</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="85" />
            <source>network</source>
            <translation>网络带宽</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="86" />
            <source>labour</source>
            <translation>人力</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="87" />
            <source>charges</source>
            <translation>附加费</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="110" />
            <source>Annual saving</source>
            <translation>年度节省</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="112" />
            <source>year 1, {origin} → {destination}, before incentives</source>
            <translation>第 1 年，{origin} → {destination}，未计激励</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="116" />
            <source>Savings in year 1 = operating cost at the origin − operating cost in {destination}.</source>
            <translation>第 1 年节省 = 迁出地运营成本 − {destination}运营成本。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="124" />
            <source>Energy = IT load × PUE × 8,760 h × electricity price. {origin}: {e_o} kWh a year; {destination}: {e_d} kWh a year.</source>
            <translation>电费 = IT 负载 × PUE × 8,760 小时 × 电价。{origin}：每年 {e_o} 千瓦时；{destination}：每年 {e_d} 千瓦时。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="129" />
            <source>Inputs and their sources:</source>
            <translation>输入及其来源：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="150" />
            <source>NPV</source>
            <translation>净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="152" />
            <source>{years} years at {rate} discount rate</source>
            <translation>{years} 年，折现率 {rate}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="156" />
            <source>NPV = Σ CF_t / (1 + r)^t for t = 0 … {years}, with r = {rate}.</source>
            <translation>净现值 NPV = Σ CF_t / (1 + r)^t，t = 0 … {years}，r = {rate}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="160" />
            <source>CF_0 = − one-off costs ({one_off}) + incentives paid at the move; CF_t = savings + incentives; CF_1 also carries the parallel running ({parallel}).</source>
            <translation>CF_0 = − 一次性迁移成本（{one_off}）+ 迁移当年兑付的激励；CF_t = 节省 + 激励；CF_1 另计并行运行成本（{parallel}）。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="180" />
            <source>several</source>
            <translation>多个</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="182" />
            <source>undefined</source>
            <translation>无定义</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="184" />
            <source>The rate at which NPV = 0.</source>
            <translation>使净现值为 0 的折现率。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="185" />
            <source>Undefined: the cash flows never change sign, so no rate makes NPV = 0.</source>
            <translation>无定义：现金流始终同号，没有任何折现率能使净现值为 0。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="188" />
            <source>Undefined: the cash flows change sign, yet no rate above −100% makes NPV = 0.</source>
            <translation>无定义：现金流虽有正负变化，但在 −100% 以上没有使净现值为 0 的折现率。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="191" />
            <source>Several rates make NPV = 0: {rates}. None of them is the IRR.</source>
            <translation>有多个折现率使净现值为 0：{rates}，均不能作为内部收益率。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="198" />
            <source>IRR</source>
            <translation>内部收益率</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="200" />
            <source>against a {rate} discount rate</source>
            <translation>折现率 {rate}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="211" />
            <source>immediate</source>
            <translation>立即回收</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="216" />
            <source>not within {years} years</source>
            <translation>{years} 年内无法回收</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="223" />
            <source>Payback</source>
            <translation>投资回收期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="225" />
            <source>cumulative cash flow back to zero</source>
            <translation>累计现金流回正</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="227" />
            <source>Payback = the first time the cumulative (undiscounted) cash flow reaches zero, linear within the year.</source>
            <translation>投资回收期 = 累计（未折现）现金流首次回到零的时间，年内按线性计算。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="232" />
            <source>Cumulative cash flow by year:</source>
            <translation>逐年累计现金流：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="251" />
            <source>Incentives</source>
            <translation>激励政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="253" />
            <source>over {years} years, at the destination less at the origin</source>
            <translation>{years} 年合计（目的地减迁出地）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="257" />
            <source>Incentives = Σ over eligible chosen policies of benefit × realisation, shifted by payout lag, within caps and stacking groups; origin-side charges count against.</source>
            <translation>激励 = Σ（符合条件的所选政策收益 × 兑现率），按兑付滞后顺延，受封顶和不可叠加规则约束；迁出地附加费计为负值。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="264" />
            <source>No chosen policy pays anything in this case.</source>
            <translation>所选政策在本方案中均无收益。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="273" />
            <source>CO₂ avoided</source>
            <translation>二氧化碳减排</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="274" />
            <source>{tonnes} t a year</source>
            <translation>每年 {tonnes} 吨</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="277" />
            <source>{origin}: {o} t; {destination}: {d} t a year</source>
            <translation>{origin}：{o} 吨；{destination}：每年 {d} 吨</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="281" />
            <source>CO₂ = facility energy (MWh) × grid emission factor × (1 − green share).</source>
            <translation>二氧化碳 = 设施用电量（兆瓦时）× 电网排放因子 ×（1 − 绿电比例）。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="295" />
            <source>OK</source>
            <translation>满足</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="296" />
            <source>marginal</source>
            <translation>临界</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="297" />
            <source>too slow</source>
            <translation>过慢</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="298" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="311" />
            <source>Latency</source>
            <translation>网络时延</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="312" />
            <source>no user regions</source>
            <translation>未选用户区域</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="315" />
            <source>choose where the firm's users are</source>
            <translation>请选择企业用户所在区域</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="317" />
            <source>Round-trip latency from {destination} to each user region, against the latency budget ({budget}). OK: even the high estimate is within it; marginal: only the central value is.</source>
            <translation>{destination}到各用户区域的往返时延，与时延预算（{budget}）对比。满足：高估值也在预算内；临界：仅中值在预算内。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="333" />
            <source>{value} yuan/card-hour</source>
            <translation>{value} 元/卡时</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="336" />
            <source>{origin}: {o}; after incentives in {destination}: {net}</source>
            <translation>{origin}：{o}；{destination}计激励后：{net}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="347" />
            <source>no accelerators in this workload</source>
            <translation>该工作负载不含加速卡</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="352" />
            <source>yuan per accelerator-hour</source>
            <translation>元/卡时</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="359" />
            <source>Cost per accelerator-hour</source>
            <translation>每卡时成本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/kpis.py" line="363" />
            <source>Unit cost = operating cost in year 1 / (accelerators × 8,760 h × utilisation).</source>
            <translation>单位成本 = 第 1 年运营成本 /（加速卡数量 × 8,760 小时 × 利用率）。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="143" />
            <source>Gui'an Compute Explorer</source>
            <translation>贵安算力探索器</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="144" />
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="145" />
            <source>Policies</source>
            <translation>政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="146" />
            <source>Calculator</source>
            <translation>测算</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="147" />
            <source>Compare</source>
            <translation>方案对比</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="148" />
            <source>Main sections</source>
            <translation>主要栏目</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="149" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="150" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="151" />
            <source>Open a &amp;demo firm</source>
            <translation>打开示例企业(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="156" />
            <source>&amp;Import data pack…</source>
            <translation>导入数据包(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="157" />
            <source>&amp;Revert to the shipped data</source>
            <translation>恢复为随附数据(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="158" />
            <source>&amp;Case</source>
            <translation>方案(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="159" />
            <source>&amp;Goal seek…</source>
            <translation>目标求解(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="160" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="161" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="162" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="163" />
            <source>&amp;Currency</source>
            <translation>货币(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="164" />
            <source>Chinese yuan (CNY)</source>
            <translation>人民币（CNY）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="165" />
            <source>US dollar (USD), at the scenario's exchange rate</source>
            <translation>美元（USD），按方案汇率折算</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="166" />
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="167" />
            <source>Data pack version</source>
            <translation>数据包版本</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="214" />
            <source>{app} {version}

Relocation cases and incentive policies for Gui'an New Area, Guizhou.

Data pack {pack_version}, as of {as_of}.
Sources: Guizhou provincial and Gui'an government documents, national policy documents (NDRC, MOF, STA, MIIT), statistics bureaus and the press, each named beside the figure it supports. Figures marked as estimates are ours.

Results are estimates, not quotes.</source>
            <translation>{app} {version}

面向贵州贵安新区的算力迁移测算与激励政策查询工具。

数据包 {pack_version}，数据截至 {as_of}。
数据来源：贵州省及贵安新区政府文件、国家政策文件（国家发展改革委、财政部、国家税务总局、工业和信息化部）、统计部门及新闻媒体，每个数字旁均注明出处。标注为“估算”的数字由我们推算。

测算结果为估算，不构成报价。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="231" />
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="232" />
            <source>About {app}</source>
            <translation>关于 {app}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="240" />
            <source>Data pack {version} · as of {as_of}</source>
            <translation>数据包 {version} · 截至 {as_of}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/main_window.py" line="246" />
            <source>USD at {rate} CNY per USD</source>
            <translation>美元按 1 美元 = {rate} 元折算</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../explorer/ui/overview/overview_tab.py" line="90" />
            <source>Gui'an New Area: a national computing hub</source>
            <translation>贵安新区：全国一体化算力网络国家枢纽节点</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/overview_tab.py" line="93" />
            <source>Under East Data, West Computing, Guizhou hosts one of China's eight national computing hub nodes, with its data-centre cluster in Gui'an New Area. Each figure below names its source; hover for details.</source>
            <translation>在“东数西算”工程中，贵州是全国八大算力枢纽节点之一，其数据中心集群位于贵安新区。下列每个数字均注明出处，鼠标悬停可查看详情。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/overview/overview_tab.py" line="99" />
            <source>Source:</source>
            <translation>来源：</translation>
        </message>
    </context>
    <context>
        <name>ParameterEditor</name>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="153" />
            <source>Reset {label} to the data-pack value</source>
            <translation>将{label}恢复为数据包取值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="160" />
            <source>estimate</source>
            <translation>估算</translation>
        </message>
    </context>
    <context>
        <name>PoliciesTab</name>
        <message>
            <location filename="../../explorer/ui/policies/policies_tab.py" line="192" />
            <source>Policy catalogue</source>
            <translation>政策目录</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/policies_tab.py" line="193" />
            <source>Enter: details · Space: use in calculation · click a header to sort</source>
            <translation>回车：查看详情 · 空格：计入测算 · 点击表头排序</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/policies_tab.py" line="194" />
            <source>Policy details</source>
            <translation>政策详情</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/policies_tab.py" line="195" />
            <source>Policy table and details</source>
            <translation>政策表格与详情</translation>
        </message>
    </context>
    <context>
        <name>PolicyDetailPane</name>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="195" />
            <source>Policy details</source>
            <translation>政策详情</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="196" />
            <source>Select a policy in the table to see its details.</source>
            <translation>在表格中选择一项政策以查看详情。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="197" />
            <source>Use in calculation</source>
            <translation>计入测算</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="198" />
            <source>Use this policy in the calculation</source>
            <translation>将此政策计入测算</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="200" />
            <source>Counts the policy in the Calculator's case; the same switch as there</source>
            <translation>将此政策计入测算页的方案，与测算页中的开关相同</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="203" />
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="204" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="205" />
            <source>Issuer</source>
            <translation>发文机关</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="206" />
            <source>Document no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="207" />
            <source>Issued</source>
            <translation>发布日期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="208" />
            <source>Effective</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="209" />
            <source>Expires</source>
            <translation>失效日期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="210" />
            <source>Status today</source>
            <translation>当前状态</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="211" />
            <source>Aimed at firms from</source>
            <translation>面向迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="215" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="216" />
            <source>Eligibility of the current firm</source>
            <translation>当前企业的资格</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="217" />
            <source>Benefits and their value in this case</source>
            <translation>优惠内容及其在本方案中的价值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="218" />
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="253" />
            <source>Confidence: {confidence} · last verified {date}</source>
            <translation>可信度：{confidence} · 最近核实 {date}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="260" />
            <source>Not valued for this case</source>
            <translation>未针对本方案测算</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="270" />
            <source>{status} · {total} over {years} years (present value {pv})</source>
            <translation>{status} · {years}年合计 {total}（现值 {pv}）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="281" />
            <source>Worth {value} over {years} years if every condition were met.</source>
            <translation>若满足全部条件，{years}年合计可达 {value}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="286" />
            <source>Not used in the calculation: these are the figures if it were.</source>
            <translation>未计入测算：以上为计入时的数字。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="296" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="297" />
            <location filename="../../explorer/ui/policies/detail_pane.py" line="298" />
            <source>not stated</source>
            <translation>未注明</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="299" />
            <source>open-ended</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="301" />
            <source>any region</source>
            <translation>不限地区</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="320" />
            <source>This policy was not valued for the current case.</source>
            <translation>本方案未对此政策进行测算。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="323" />
            <source>The data pack records no conditions on the firm for this policy.</source>
            <translation>数据包未记录此政策对企业的条件要求。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="326" />
            <source>Checked against the firm profile in the Calculator:</source>
            <translation>按测算页中的企业资料核对：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="341" />
            <source>What would change it: {change}</source>
            <translation>如何改变结果：{change}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="350" />
            <source>No benefit the calculation can count: the policy sets a framework or rules.</source>
            <translation>没有可计入测算的优惠：此政策属于框架性或规范性文件。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="375" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="390" />
            <source>Amount not published: not counted.</source>
            <translation>金额未公布，未计入。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="393" />
            <source>Does not apply to the origin or the destination of this case.</source>
            <translation>不适用于本方案的迁出地或迁入地。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="398" />
            <source>{site} (where the firm is now)</source>
            <translation>{site}（企业现所在地）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="405" />
            <source>amount not published, not counted</source>
            <translation>金额未公布，未计入</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="408" />
            <source>not counted: a larger benefit of the same group applies</source>
            <translation>未计入：同组中金额更大的优惠适用</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="410" />
            <source>not counted: a condition is not met</source>
            <translation>未计入：有条件未满足</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="412" />
            <source>not counted: the firm profile lacks data</source>
            <translation>未计入：企业资料缺少数据</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="416" />
            <source>{why}; worth {value} over {years} years if counted</source>
            <translation>{why}；若计入，{years}年合计 {value}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="422" />
            <source>counted, but worth {zero} in this case</source>
            <translation>已计入，但在本方案中为 {zero}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="424" />
            <source>{amount} in year {year}</source>
            <translation>第{year}年 {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="428" />
            <source>{amount} a year, years {first} to {last}</source>
            <translation>第{first}至{last}年每年 {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="432" />
            <source>by year: {years}</source>
            <translation>逐年：{years}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="435" />
            <source>{when}; {total} over {years} years, present value {pv}</source>
            <translation>{when}；{years}年合计 {total}，现值 {pv}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="447" />
            <source>No source recorded.</source>
            <translation>未记录来源。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="461" />
            <source>Open…</source>
            <translation>打开…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="464" />
            <source>Open source {number} in the web browser</source>
            <translation>在浏览器中打开来源 {number}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="466" />
            <source>Asks first, showing the full address</source>
            <translation>打开前会先显示完整网址并请您确认</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/detail_pane.py" line="471" />
            <source>Not a web address: shown, not opened</source>
            <translation>不是网页地址：仅显示，不会打开</translation>
        </message>
    </context>
    <context>
        <name>PolicyFilterBar</name>
        <message numerus="yes">
            <location filename="../../explorer/ui/policies/filter_bar.py" line="109" />
            <source>%n of {total} shown</source>
            <translation>
                <numerusform>显示 %n 项，共 {total} 项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../explorer/ui/policies/filter_bar.py" line="111" />
            <source>All %n policies</source>
            <translation>
                <numerusform>全部 %n 项政策</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="138" />
            <source>Search titles, summaries, issuers, document numbers; pinyin works too (Ctrl+F)</source>
            <translation>搜索标题、摘要、发文机关、文号；也可输入拼音（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="140" />
            <source>Search policies</source>
            <translation>搜索政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="141" />
            <source>Chinese, English or pinyin: dianjia or dj finds 电价. Esc clears.</source>
            <translation>支持中文、英文或拼音：输入 dianjia 或 dj 可找到“电价”。按 Esc 清除。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="144" />
            <source>Clear the search</source>
            <translation>清除搜索</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="145" />
            <source>Filter by level</source>
            <translation>按层级筛选</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="146" />
            <source>Filter by category</source>
            <translation>按类别筛选</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="147" />
            <source>Filter by status</source>
            <translation>按状态筛选</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="148" />
            <source>Filter by origin region the policy targets</source>
            <translation>按政策面向的迁出地筛选</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="149" />
            <source>Only policies with a published amount</source>
            <translation>仅显示公布了金额的政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="150" />
            <source>Only policies the current firm is eligible for</source>
            <translation>仅显示当前企业符合条件的政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="151" />
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="152" />
            <source>Clear search and filters</source>
            <translation>清除搜索和筛选</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="153" />
            <source>Number of policies shown</source>
            <translation>显示的政策数量</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="182" />
            <source>All levels</source>
            <translation>全部层级</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="185" />
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="189" />
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="193" />
            <source>Any origin region</source>
            <translation>全部迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="195" />
            <source>Aimed at firms from {region}</source>
            <translation>面向来自{region}的企业</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="197" />
            <source>Quantified only</source>
            <translation>仅限可量化</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/filter_bar.py" line="198" />
            <source>Eligible for this firm</source>
            <translation>本企业符合条件</translation>
        </message>
    </context>
    <context>
        <name>PolicyTableModel</name>
        <message numerus="yes">
            <location filename="../../explorer/ui/policies/table_model.py" line="219" />
            <source>Value, %n years</source>
            <translation>
                <numerusform>%n年价值</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="221" />
            <source>Use</source>
            <translation>计入</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="222" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="223" />
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="224" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="225" />
            <source>Issuer</source>
            <translation>发文机关</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="226" />
            <source>Document no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="227" />
            <source>Effective</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="228" />
            <source>Expires</source>
            <translation>失效日期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="229" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="230" />
            <source>Quantified</source>
            <translation>可量化</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="231" />
            <source>Eligibility</source>
            <translation>资格</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="237" />
            <source>Count this policy in the calculation (Space toggles it)</source>
            <translation>将此政策计入测算（按空格键切换）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="238" />
            <source>In force today, expired, or not yet in force</source>
            <translation>截至今天：有效、已失效或尚未生效</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="239" />
            <source>Whether the policy publishes an amount the calculation can use</source>
            <translation>政策是否公布了可用于测算的金额</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="240" />
            <source>Whether the current firm qualifies, from its profile</source>
            <translation>按企业资料判断当前企业是否符合条件</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="242" />
            <source>Estimated effect on the relocation case over the horizon, undiscounted. Grey italics: not used in the calculation; the value if it were.</source>
            <translation>测算期内对迁移方案的估计影响（未折现）。灰色斜体：未计入测算，为计入时的数值。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="259" />
            <source>open-ended</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="259" />
            <source>not stated</source>
            <translation>未注明</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="260" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="260" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="290" />
            <source>not published</source>
            <translation>未公布</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="295" />
            <source>{value} (up to {potential})</source>
            <translation>{value}（最高 {potential}）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="311" />
            <source>Over the horizon: {total}</source>
            <translation>测算期合计：{total}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="314" />
            <source>Present value: {value}</source>
            <translation>现值：{value}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/table_model.py" line="319" />
            <source>Not used in the calculation: the value if it were.</source>
            <translation>未计入测算：为计入时的数值。</translation>
        </message>
    </context>
    <context>
        <name>PolicyTimeline</name>
        <message>
            <location filename="../../explorer/ui/charts/policy_timeline.py" line="89" />
            <source>Validity of each policy over time</source>
            <translation>各项政策的有效期</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/policy_timeline.py" line="92" />
            <source>Timeline of policy validity; click a bar to select</source>
            <translation>政策有效期时间轴；点击条形可选中政策</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/policy_timeline.py" line="94" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/policy_timeline.py" line="181" />
            <source>open-ended</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/policy_timeline.py" line="184" />
            <source>issued {date}</source>
            <translation>{date}发布</translation>
        </message>
    </context>
    <context>
        <name>PolicyWords</name>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="25" />
            <source>National</source>
            <translation>国家级</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="26" />
            <source>Provincial</source>
            <translation>省级</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="27" />
            <source>Municipal</source>
            <translation>市级</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="28" />
            <source>District</source>
            <translation>区级</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="29" />
            <source>Origin region</source>
            <translation>迁出地区</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="32" />
            <source>Tax</source>
            <translation>税收</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="33" />
            <source>Electricity</source>
            <translation>电力</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="34" />
            <source>Compute vouchers</source>
            <translation>算力券</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="35" />
            <source>Talent</source>
            <translation>人才</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="36" />
            <source>Finance and loans</source>
            <translation>金融与贷款</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="37" />
            <source>Land and space</source>
            <translation>土地与场地</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="38" />
            <source>Investment</source>
            <translation>投资</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="39" />
            <source>Planning and layout</source>
            <translation>规划布局</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="40" />
            <source>Regulation</source>
            <translation>监管规定</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="43" />
            <source>In force</source>
            <translation>有效</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="44" />
            <source>Not yet in force</source>
            <translation>尚未生效</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="45" />
            <source>Expired</source>
            <translation>已失效</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="48" />
            <source>Eligible</source>
            <translation>符合条件</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="49" />
            <source>Eligible (no amount)</source>
            <translation>符合条件（未公布金额）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="50" />
            <source>Unknown: data missing</source>
            <translation>未知：缺少数据</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="51" />
            <source>Not eligible</source>
            <translation>不符合条件</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="52" />
            <source>Not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="53" />
            <source>Expired before the move</source>
            <translation>迁移前已失效</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="56" />
            <source>Met</source>
            <translation>满足</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="57" />
            <source>Not met</source>
            <translation>不满足</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="58" />
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="62" />
            <source>Official source</source>
            <translation>官方来源</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="63" />
            <source>Official text, read on a copy</source>
            <translation>官方文本（转载）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="64" />
            <source>Press report</source>
            <translation>媒体报道</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="65" />
            <source>Promotional press</source>
            <translation>宣传性报道</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="66" />
            <source>Estimate</source>
            <translation>估算</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="69" />
            <source>Electricity price</source>
            <translation>电价</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="70" />
            <source>Compute voucher</source>
            <translation>算力券</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="71" />
            <source>Rent subsidy</source>
            <translation>租金补贴</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="72" />
            <source>Investment subsidy</source>
            <translation>投资补助</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="73" />
            <source>Cash grant</source>
            <translation>现金奖励</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="74" />
            <source>Tax rate</source>
            <translation>税率优惠</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="75" />
            <source>Talent subsidy</source>
            <translation>人才补贴</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="76" />
            <source>Interest subsidy</source>
            <translation>贴息</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="77" />
            <source>Surcharge</source>
            <translation>加价</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="80" />
            <source>the facility's energy use</source>
            <translation>设施用电量</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="81" />
            <source>energy above the PUE limit</source>
            <translation>超出PUE限值的用电量</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="82" />
            <source>the rent for racks or space</source>
            <translation>机柜或场地租金</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="83" />
            <source>spending on compute services</source>
            <translation>算力服务支出</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="84" />
            <source>fixed-asset investment</source>
            <translation>固定资产投资</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="85" />
            <source>investment in the qualifying project</source>
            <translation>符合条件的项目投资</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="86" />
            <source>retrofit investment</source>
            <translation>节能改造投资</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="87" />
            <source>R&amp;D budget of the project</source>
            <translation>项目研发预算</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="88" />
            <source>taxable profit</source>
            <translation>应纳税所得额</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="89" />
            <source>operations staff</source>
            <translation>运维人员</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="90" />
            <source>qualifying staff</source>
            <translation>符合条件的人才</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="91" />
            <source>the loan</source>
            <translation>贷款</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="92" />
            <source>a fixed amount</source>
            <translation>固定金额</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="123" />
            <source>{kind}: amount not published</source>
            <translation>{kind}：金额未公布</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="131" />
            <source>Corporate income tax at {rate} instead of {standard}</source>
            <translation>企业所得税按 {rate} 征收（标准税率 {standard}）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="136" />
            <source>Electricity at a policy price of {price} yuan/kWh</source>
            <translation>执行政策电价每千瓦时 {price} 元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="139" />
            <source>{rate} off the electricity bill</source>
            <translation>电费降低 {rate}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="143" />
            <source>Surcharge of {price} yuan/kWh on energy above what PUE {limit} would use</source>
            <translation>超出PUE {limit} 对应用电量的部分，每千瓦时加价 {price} 元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="147" />
            <source>Surcharge of {price} yuan/kWh on all energy used</source>
            <translation>全部用电量每千瓦时加价 {price} 元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="150" />
            <source>A charge of {amount} a year</source>
            <translation>每年收费 {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="159" />
            <source>{kind}: {rate} of {base}, paid once</source>
            <translation>{kind}：{base}的 {rate}，一次性发放</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="162" />
            <source>{kind}: {amount}, paid once</source>
            <translation>{kind}：{amount}，一次性发放</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="166" />
            <source>{kind}: {amount} a year per person ({base})</source>
            <translation>{kind}：每人每年 {amount}（{base}）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="170" />
            <source>{kind}: {rate} of the loan a year, off its interest</source>
            <translation>{kind}：每年按贷款额的 {rate} 抵减利息</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="174" />
            <source>{kind}: {rate} of {base}</source>
            <translation>{kind}：{base}的 {rate}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="177" />
            <source>{kind}: {amount} a year</source>
            <translation>{kind}：每年 {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="187" />
            <source>at most {amount} a year</source>
            <translation>每年最高 {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="193" />
            <source>at most {amount} in total</source>
            <translation>累计最高 {amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="200" />
            <source>from year {start}</source>
            <translation>自第{start}年起</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="202" />
            <source>in year {start}</source>
            <translation>于第{start}年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="205" />
            <source>years {start} to {end}</source>
            <translation>第{start}至{end}年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="210" />
            <source>paid a year later</source>
            <translation>次年兑现</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="213" />
            <source>paid {years} years later</source>
            <translation>{years}年后兑现</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="219" />
            <source>{share} of it expected to be received</source>
            <translation>预计实际到位 {share}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="226" />
            <source>does not stack: only the largest benefit of its group counts</source>
            <translation>不可叠加：同组只计金额最大的一项</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="235" />
            <source>at the destination</source>
            <translation>适用于迁入地</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="237" />
            <source>at the origin (where the firm is now)</source>
            <translation>适用于迁出地（企业现所在地）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="239" />
            <source>at any site</source>
            <translation>适用于任何地点</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/policies/words.py" line="241" />
            <source>at: {sites}</source>
            <translation>适用于：{sites}</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="77" />
            <source>The data pack is invalid</source>
            <translation>数据包无效</translation>
        </message>
        <message numerus="yes">
            <location filename="../../explorer/ui/datapack_dialogs.py" line="80" />
            <source>%n problem(s) in %1. Nothing was imported; the active data is unchanged.</source>
            <translation>
                <numerusform>%1 中有 %n 个问题。未导入任何内容，当前数据保持不变。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="87" />
            <source>… and %1 more (Copy copies all of them).</source>
            <translation>……另有 %1 条（“复制”可复制全部）。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="90" />
            <source>List of problems</source>
            <translation>问题列表</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="91" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="93" />
            <source>Copy the problems to the clipboard</source>
            <translation>将问题复制到剪贴板</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/datapack_dialogs.py" line="98" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>ProjectController</name>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="149" />
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="151" />
            <source>Gui'an Compute Explorer</source>
            <translation>贵安算力探索器</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="164" />
            <source>Scenario 1</source>
            <translation>方案 1</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="174" />
            <source>Open a project</source>
            <translation>打开项目</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="177" />
            <source>Projects and scenarios (*{suffix} *.json);;Gui'an projects (*{suffix});;Scenario files (*.json);;All files (*)</source>
            <translation>项目和方案 (*{suffix} *.json);;贵安项目 (*{suffix});;方案文件 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="212" />
            <location filename="../../explorer/ui/project_controller.py" line="218" />
            <source>Opened {file}</source>
            <translation>已打开 {file}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="214" />
            <source>These policies are not in the current data pack and were left out:
{policies}</source>
            <translation>以下政策不在当前数据包中，已略去：
{policies}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="232" />
            <source>Save the project as</source>
            <translation>项目另存为</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="234" />
            <source>Gui'an projects (*{suffix})</source>
            <translation>贵安项目 (*{suffix})</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="251" />
            <source>Could not save</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="252" />
            <source>{file} could not be saved: {reason}

The file on disk is unchanged.</source>
            <translation>无法保存 {file}：{reason}

磁盘上的文件保持不变。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="261" />
            <source>Saved {file}</source>
            <translation>已保存 {file}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="397" />
            <source>&amp;New project</source>
            <translation>新建项目(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="398" />
            <source>Start a new project with one scenario</source>
            <translation>新建一个包含一个方案的项目</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="399" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="400" />
            <source>Open a project (.gcx) or a scenario file (.json)</source>
            <translation>打开项目（.gcx）或方案文件（.json）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="401" />
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="402" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="403" />
            <source>Save every scenario of the project</source>
            <translation>保存项目中的全部方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="404" />
            <source>Save &amp;as…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="405" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="406" />
            <source>Investor pack in Chinese (PDF)…</source>
            <translation>中文投资者资料（PDF）…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="407" />
            <source>Investor pack in English (PDF)…</source>
            <translation>英文投资者资料（PDF）…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="408" />
            <source>Excel workbook…</source>
            <translation>Excel 工作簿…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="409" />
            <source>Annual table (CSV)…</source>
            <translation>年度明细（CSV）…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="410" />
            <source>Chart as an image (PNG)…</source>
            <translation>图表图片（PNG）…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="482" />
            <source>Recovered the autosaved work</source>
            <translation>已恢复自动保存的内容</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="533" />
            <source>No recent projects</source>
            <translation>没有最近打开的项目</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="536" />
            <source>Clear the list</source>
            <translation>清空列表</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="558" />
            <source>An export is still running</source>
            <translation>仍有导出正在进行</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="589" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="590" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="591" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="592" />
            <source>PNG images (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="601" />
            <location filename="../../explorer/ui/project_controller.py" line="620" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="612" />
            <source>Exporting {file}…</source>
            <translation>正在导出 {file}…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="612" />
            <location filename="../../explorer/ui/project_controller.py" line="616" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="615" />
            <source>Export progress</source>
            <translation>导出进度</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="618" />
            <source>Cancel the export</source>
            <translation>取消导出</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="648" />
            <source>Exported {file}</source>
            <translation>已导出 {file}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="655" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="656" />
            <source>{file} could not be written: {reason}</source>
            <translation>无法写入 {file}：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="662" />
            <source>Export cancelled; nothing was written</source>
            <translation>已取消导出，未写入任何文件</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="677" />
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="678" />
            <source>Save the changes to {name} first?</source>
            <translation>是否先保存对 {name} 的更改？</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="681" />
            <source>Changes you do not save are lost.</source>
            <translation>不保存的更改将会丢失。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="713" />
            <source>Another data pack</source>
            <translation>数据包版本不同</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="715" />
            <source>This project was made with data pack {old} (as of {old_date}); the app now uses data pack {new} (as of {new_date}).</source>
            <translation>此项目使用数据包 {old}（截至 {old_date}）制作；本程序当前使用数据包 {new}（截至 {new_date}）。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="726" />
            <source>Keep the project's figures: the prices, rents and other figures it took from its data pack are kept as its own inputs.
Use the current data pack: those figures are refreshed; figures you set yourself are kept either way.
Policies always follow the current data pack.</source>
            <translation>保留项目中的数字：项目从其数据包取得的电价、租金等数字将作为项目自己的输入保留。
使用当前数据包：这些数字将更新；您自己设定的数字在两种情况下都会保留。
政策始终以当前数据包为准。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="729" />
            <source>Keep the project's figures</source>
            <translation>保留项目中的数字</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="732" />
            <source>Use the current data pack</source>
            <translation>使用当前数据包</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="745" />
            <source>The explorer did not close properly last time. Work autosaved at {time} can be recovered: {names}.</source>
            <translation>上次程序未正常关闭。可以恢复 {time} 自动保存的内容：{names}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="748" />
            <source>It belongs to {file}.</source>
            <translation>它属于 {file}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="750" />
            <source>Recover unsaved work</source>
            <translation>恢复未保存的内容</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="753" />
            <source>{count} older autosaves are kept for later.</source>
            <translation>另有 {count} 个较早的自动保存留待以后处理。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="754" />
            <source>Recover</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="757" />
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="760" />
            <source>Not now</source>
            <translation>暂不处理</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="785" />
            <source>Could not open</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/project_controller.py" line="786" />
            <source>{file} could not be opened:
{reason}

Nothing was changed.</source>
            <translation>无法打开 {file}：
{reason}

未做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>Provenance</name>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="35" />
            <source>official</source>
            <translation>官方</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="36" />
            <source>official (mirror)</source>
            <translation>官方（转载）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="37" />
            <source>press</source>
            <translation>媒体</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="38" />
            <source>press (promotional)</source>
            <translation>媒体（推广）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="39" />
            <source>estimate</source>
            <translation>估算</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="47" />
            <source>Set in this scenario.</source>
            <translation>本方案设定。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="49" />
            <source>Default from the data pack.</source>
            <translation>数据包默认值。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="53" />
            <source>Source: {source}</source>
            <translation>来源：{source}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="55" />
            <source>As of: {date}</source>
            <translation>截至：{date}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="57" />
            <source>Confidence: {label}</source>
            <translation>可信度：{label}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/parameter_editor.py" line="67" />
            <source>Uncertainty range: {low} to {high}</source>
            <translation>不确定范围：{low} 至 {high}</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="274" />
            <source>10,000 yuan (万元)</source>
            <translation>万元</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="276" />
            <source>CNY thousand</source>
            <translation>千元</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="294" />
            <source>shipped</source>
            <translation>内置</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="296" />
            <source>imported</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="298" />
            <source>Data pack {version} ({kind}), as of {as_of}</source>
            <translation>数据包 {version}（{kind}），截至 {as_of}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="305" />
            <source>Unnamed firm</source>
            <translation>未命名企业</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="307" />
            <source>{origin} → {destination}</source>
            <translation>{origin} → {destination}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="321" />
            <source>This pack is an estimate, not a quote. Its figures follow from the inputs listed and from the data pack named above (public policy documents, statistics and press reports, each cited beside the figure it supports), and they change when those change. Incentives are shown as the published rules would pay when the conditions shown are met; actual awards depend on the authorities' decisions and on signed agreements. Check the sources before relying on any figure.</source>
            <translation>本资料为测算估计，并非报价。其中数字取决于所列输入和上述数据包（公开的政策文件、统计数据和媒体报道，均在相应数字旁注明出处），输入或数据变化时结果随之变化。激励按已公布的规则在所示条件满足时可获得的金额列示；实际兑现以主管部门的决定和签署的协议为准。引用任何数字前请核对其来源。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="325" />
            <source>An estimate, not a quote.</source>
            <translation>测算估计，并非报价。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="326" />
            <source>Horizon {years} years from {move}; discount rate {rate}; mode: {mode}. Year 0 is the move; year t is the 12 months from the move date plus t − 1 years.</source>
            <translation>测算期 {years} 年，自 {move} 起；折现率 {rate}；模式：{mode}。第 0 年为迁移当年；第 t 年指迁移日期加 t − 1 年起的 12 个月。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="336" />
            <source>Amounts in yuan (CNY): 万 = 10,000, 亿 = 100 million.</source>
            <translation>金额单位为人民币元：万 = 10,000，亿 = 100,000,000。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="338" />
            <source>Amounts in yuan (CNY): K = thousand, M = million, B = billion.</source>
            <translation>金额单位为人民币元：K = 千，M = 百万，B = 十亿。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="344" />
            <location filename="../../explorer/reports/report_model.py" line="741" />
            <source>Firm</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="345" />
            <source>Scenario</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="346" />
            <source>Move</source>
            <translation>迁移</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="347" />
            <location filename="../../explorer/reports/report_model.py" line="745" />
            <source>Workload</source>
            <translation>工作负载</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="348" />
            <source>Prepared on</source>
            <translation>编制日期</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="349" />
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="357" />
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="358" />
            <source>The case in one page</source>
            <translation>一页看懂迁移测算</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="359" />
            <source>(continued)</source>
            <translation>（续）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="363" />
            <source>Made with Gui'an Compute Explorer {version}</source>
            <translation>由贵安算力探索器 {version} 生成</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="366" />
            <location filename="../../explorer/reports/report_model.py" line="732" />
            <source>Key figures</source>
            <translation>关键指标</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="368" />
            <source>Site id</source>
            <translation>地区代码</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="369" />
            <source>Site</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="374" />
            <source>Moving compute to Gui'an New Area</source>
            <translation>算力迁往贵安新区</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="375" />
            <source>Investor pack: the relocation case</source>
            <translation>投资者资料：迁移测算</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="394" />
            <source>colocation</source>
            <translation>机柜托管</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="395" />
            <source>self-build</source>
            <translation>自建</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="396" />
            <source>compute service</source>
            <translation>算力服务</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="406" />
            <source>{kw} kW of IT load</source>
            <translation>IT 负载 {kw} 千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="407" />
            <source>{template}, {load}, {mode}</source>
            <translation>{template}，{load}，{mode}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="417" />
            <source>several</source>
            <translation>多个</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="418" />
            <source>undefined</source>
            <translation>无定义</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="423" />
            <source>immediate</source>
            <translation>立即回收</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="426" />
            <source>not within {years} years</source>
            <translation>{years} 年内无法回收</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="430" />
            <location filename="../../explorer/reports/report_model.py" line="618" />
            <location filename="../../explorer/reports/report_model.py" line="711" />
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="437" />
            <location filename="../../explorer/reports/report_model.py" line="595" />
            <location filename="../../explorer/reports/report_model.py" line="610" />
            <source>Net present value</source>
            <translation>净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="438" />
            <source>{years} years at a {rate} discount rate</source>
            <translation>{years} 年，折现率 {rate}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="441" />
            <source>Internal rate of return</source>
            <translation>内部收益率</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="442" />
            <source>against a {rate} discount rate</source>
            <translation>折现率 {rate}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="443" />
            <source>fraction a year</source>
            <translation>每年比例</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="444" />
            <source>Payback</source>
            <translation>投资回收期</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="445" />
            <source>cumulative cash flow back to zero</source>
            <translation>累计现金流回正</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="446" />
            <location filename="../../explorer/reports/report_model.py" line="641" />
            <source>months</source>
            <translation>个月</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="447" />
            <source>Saving in year 1</source>
            <translation>第 1 年节省</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="448" />
            <source>{origin} → {destination}, before incentives</source>
            <translation>{origin} → {destination}，未计激励</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="449" />
            <location filename="../../explorer/reports/report_model.py" line="921" />
            <location filename="../../explorer/reports/report_model.py" line="974" />
            <source>Incentives received</source>
            <translation>激励收入</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="450" />
            <source>over {years} years, destination less origin</source>
            <translation>{years} 年合计，目的地减迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="452" />
            <source>One-off costs of the move</source>
            <translation>一次性迁移费用</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="453" />
            <source>{one_off} in year 0 and {parallel} of parallel running in year 1</source>
            <translation>第 0 年 {one_off}，第 1 年并行运行 {parallel}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="456" />
            <source>CO2 avoided</source>
            <translation>减少的二氧化碳排放</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="457" />
            <source>{tonnes} t a year</source>
            <translation>每年 {tonnes} 吨</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="458" />
            <source>{origin}: {o} t; {destination}: {d} t a year</source>
            <translation>{origin}：{o} 吨；{destination}：每年 {d} 吨</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="460" />
            <source>t a year</source>
            <translation>吨/年</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="466" />
            <source>Cost per accelerator-hour</source>
            <translation>每卡时成本</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="467" />
            <source>{value} yuan</source>
            <translation>{value}元</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="468" />
            <source>{origin}: {o} yuan; after incentives: {net} yuan</source>
            <translation>{origin}：{o}元；计入激励后：{net}元</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="474" />
            <source>yuan per accelerator-hour</source>
            <translation>元/卡时</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="487" />
            <source>break-even: {months}</source>
            <translation>盈亏平衡：{months}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="492" />
            <source>Cash flow of the move: each year and cumulative</source>
            <translation>迁移现金流：逐年与累计</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="498" />
            <source>Cash flow in the year</source>
            <translation>当年现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="499" />
            <location filename="../../explorer/reports/report_model.py" line="977" />
            <source>Cumulative</source>
            <translation>累计</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="500" />
            <location filename="../../explorer/reports/report_model.py" line="932" />
            <location filename="../../explorer/reports/report_model.py" line="972" />
            <location filename="../../explorer/reports/report_model.py" line="1015" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="506" />
            <source>Energy</source>
            <translation>电费</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="507" />
            <source>Space</source>
            <translation>机柜空间</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="508" />
            <source>Compute service</source>
            <translation>算力服务</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="509" />
            <source>Network</source>
            <translation>网络带宽</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="510" />
            <source>Labour</source>
            <translation>人力</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="511" />
            <source>Charges</source>
            <translation>附加费</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="541" />
            <source>{site} (net)</source>
            <translation>{site}（净额）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="550" />
            <source>From today's annual cost to the net cost after the move (year 1)</source>
            <translation>从现有年度成本到迁移后的净成本（第 1 年）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="559" />
            <source>Operating cost in year 1 by site</source>
            <translation>各地第 1 年运营成本</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="564" />
            <source>Net of incentives</source>
            <translation>扣除激励后净额</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="589" />
            <source>Sensitivity: NPV with each input at its low and high estimate</source>
            <translation>敏感性分析：各输入取低值与高值时的净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="591" />
            <source>NPV {value}</source>
            <translation>净现值 {value}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="593" />
            <source>Input at its low estimate</source>
            <translation>输入取低值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="594" />
            <source>Input at its high estimate</source>
            <translation>输入取高值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="604" />
            <source>Monte Carlo: distribution of the NPV ({samples} samples)</source>
            <translation>蒙特卡洛模拟：净现值分布（{samples} 个样本）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="611" />
            <location filename="../../explorer/reports/report_model.py" line="1084" />
            <source>Samples</source>
            <translation>样本数</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="619" />
            <source>yuan/yr</source>
            <translation>元/年</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="620" />
            <source>yuan/rack</source>
            <translation>元/机柜</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="621" />
            <source>yuan/TB</source>
            <translation>元/TB</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="622" />
            <source>yuan/day</source>
            <translation>元/天</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="623" />
            <source>yuan/person</source>
            <translation>元/人</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="624" />
            <source>yuan/kWh</source>
            <translation>元/千瓦时</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="625" />
            <source>yuan/rack/month</source>
            <translation>元/机柜/月</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="626" />
            <source>yuan/Mbps/month</source>
            <translation>元/Mbps/月</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="627" />
            <source>yuan/person/yr</source>
            <translation>元/人/年</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="628" />
            <source>yuan/kW</source>
            <translation>元/千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="630" />
            <source>%/yr</source>
            <translation>%/年</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="632" />
            <source>kW</source>
            <translation>千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="633" />
            <source>kW/rack</source>
            <translation>千瓦/机柜</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="634" />
            <source>Mbps</source>
            <translation>Mbps</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="635" />
            <source>Mbps per 100 kW</source>
            <translation>Mbps/100千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="637" />
            <source>persons</source>
            <translation>人</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="638" />
            <source>ms</source>
            <translation>毫秒</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="639" />
            <source>TB</source>
            <translation>TB</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="640" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="642" />
            <source>years</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="643" />
            <source>CNY per USD</source>
            <translation>元/美元</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="644" />
            <source>tCO2/MWh</source>
            <translation>吨CO₂/兆瓦时</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="668" />
            <source>official</source>
            <translation>官方</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="669" />
            <source>official (mirror)</source>
            <translation>官方（转载）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="670" />
            <source>press</source>
            <translation>媒体</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="671" />
            <source>press (promotional)</source>
            <translation>媒体（推广）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="672" />
            <source>estimate</source>
            <translation>估算</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="677" />
            <source>Eligible</source>
            <translation>符合条件</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="678" />
            <source>Eligible (no amount)</source>
            <translation>符合条件（未公布金额）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="679" />
            <source>Unknown: data missing</source>
            <translation>未知：缺少数据</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="680" />
            <source>Not eligible</source>
            <translation>不符合条件</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="681" />
            <source>Not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="682" />
            <source>Expired before the move</source>
            <translation>迁移前已失效</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="722" />
            <location filename="../../explorer/reports/report_model.py" line="1101" />
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="724" />
            <source>Exact value</source>
            <translation>精确值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="726" />
            <location filename="../../explorer/reports/report_model.py" line="788" />
            <location filename="../../explorer/reports/report_model.py" line="832" />
            <location filename="../../explorer/reports/report_model.py" line="1061" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="727" />
            <location filename="../../explorer/reports/report_model.py" line="758" />
            <location filename="../../explorer/reports/report_model.py" line="787" />
            <location filename="../../explorer/reports/report_model.py" line="831" />
            <location filename="../../explorer/reports/report_model.py" line="1102" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="728" />
            <source>Detail</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="735" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="742" />
            <source>Moving from</source>
            <translation>迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="743" />
            <source>Moving to</source>
            <translation>迁入地</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="744" />
            <source>Sites compared</source>
            <translation>对比地区</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="746" />
            <source>Move date</source>
            <translation>迁移日期</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="747" />
            <source>Horizon</source>
            <translation>测算期</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="747" />
            <source>{years} years</source>
            <translation>{years} 年</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="748" />
            <source>Users in</source>
            <translation>用户所在地</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="751" />
            <source>Policies counted</source>
            <translation>计入的政策</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="755" />
            <source>The case</source>
            <translation>测算概况</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="757" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="761" />
            <location filename="../../explorer/reports/report_model.py" line="800" />
            <location filename="../../explorer/reports/report_model.py" line="1123" />
            <source>Inputs</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="769" />
            <source>set in this scenario</source>
            <translation>本方案设定</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="786" />
            <location filename="../../explorer/reports/report_model.py" line="1060" />
            <source>Input</source>
            <translation>输入项</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="789" />
            <location filename="../../explorer/reports/report_model.py" line="835" />
            <source>Range</source>
            <translation>范围</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="790" />
            <location filename="../../explorer/reports/report_model.py" line="837" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="794" />
            <source>Inputs of this scenario</source>
            <translation>本方案的输入</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="797" />
            <source>Every figure not listed here comes from the data pack: see the assumptions.</source>
            <translation>此处未列出的数字均来自数据包，见“假设”部分。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="830" />
            <source>Assumption</source>
            <translation>假设</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="833" />
            <location filename="../../explorer/reports/report_model.py" line="1062" />
            <source>Low</source>
            <translation>低值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="834" />
            <location filename="../../explorer/reports/report_model.py" line="1063" />
            <source>High</source>
            <translation>高值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="836" />
            <location filename="../../explorer/reports/report_model.py" line="900" />
            <source>Confidence</source>
            <translation>可信度</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="838" />
            <source>As of</source>
            <translation>截至</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="840" />
            <source>Source (as of)</source>
            <translation>来源（截至）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="842" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="843" />
            <source>Link</source>
            <translation>链接</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="847" />
            <source>Assumptions from the data pack, with their sources</source>
            <translation>数据包中的假设及其来源</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="850" />
            <source>Confidence: official = a government document; press = a press report; estimate = our own figure, reasoned in the note. The range is used by the risk analysis.</source>
            <translation>可信度：官方 = 政府文件；媒体 = 媒体报道；估算 = 我们自己的数字，理由见备注。风险分析使用所列范围。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="854" />
            <source>Assumptions</source>
            <translation>假设</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="891" />
            <source>Id</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="892" />
            <source>Document no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="893" />
            <source>Policy</source>
            <translation>政策</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="894" />
            <source>Issued by</source>
            <translation>发布机关</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="895" />
            <source>Policy and issuer</source>
            <translation>政策及发布机关</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="896" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="897" />
            <source>Over the horizon</source>
            <translation>测算期合计</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="898" />
            <source>Present value</source>
            <translation>现值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="899" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="901" />
            <source>Last checked</source>
            <translation>最近核对</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="902" />
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="906" />
            <source>Policies counted in the case</source>
            <translation>测算中计入的政策</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="909" />
            <source>Values are the effect on the case: received at the destination, less charges at the origin. A policy counts only when every condition is met.</source>
            <translation>金额为对本次测算的影响：在目的地获得的金额减去迁出地的费用。只有全部条件满足时政策才计入。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="913" />
            <location filename="../../explorer/reports/report_model.py" line="1131" />
            <source>Policies</source>
            <translation>政策</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="920" />
            <source>Operating cost</source>
            <translation>运营成本</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="922" />
            <source>Net cost</source>
            <translation>净成本</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="939" />
            <source>origin</source>
            <translation>迁出地</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="940" />
            <source>destination</source>
            <translation>目的地</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="941" />
            <source>comparison</source>
            <translation>对比地区</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="945" />
            <source>Annual table: {site} ({role})</source>
            <translation>年度明细：{site}（{role}）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="950" />
            <source>In {unit}. Net cost = operating cost − incentives.</source>
            <translation>单位：{unit}。净成本 = 运营成本 − 激励。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="973" />
            <source>Saving before incentives</source>
            <translation>未计激励的节省</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="975" />
            <source>One-off costs</source>
            <translation>一次性费用</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="976" />
            <source>Cash flow</source>
            <translation>现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="978" />
            <source>Discounted</source>
            <translation>折现值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="982" />
            <source>Cash flows of the case {origin} → {destination}</source>
            <translation>迁移现金流：{origin} → {destination}</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="987" />
            <source>In {unit}. Cash flow = saving + incentives − one-off costs (year 0) and parallel running (year 1). NPV = sum of the discounted cash flows = {npv}.</source>
            <translation>单位：{unit}。现金流 = 节省 + 激励 − 一次性费用（第 0 年）及并行运行费用（第 1 年）。净现值 = 各年折现现金流之和 = {npv}。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="991" />
            <source>Cash flows</source>
            <translation>现金流</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1018" />
            <source>Extra (what-if)</source>
            <translation>额外激励（假设）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1019" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1029" />
            <source>In {unit}: incentives received at the destination less those at the origin, by year. Charges at the origin that the move avoids count in the saving, not here.</source>
            <translation>单位：{unit}。逐年列示在目的地获得的激励减去在迁出地获得的激励。迁移后免缴的迁出地费用计入节省，不在此列。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1035" />
            <source>Incentives by policy and year</source>
            <translation>分政策逐年激励</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1039" />
            <source>Incentives</source>
            <translation>激励政策</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1064" />
            <source>NPV at low</source>
            <translation>低值时净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1065" />
            <source>NPV at high</source>
            <translation>高值时净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1066" />
            <source>Swing</source>
            <translation>变动幅度</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1070" />
            <source>Sensitivity of the NPV, largest swing first</source>
            <translation>净现值敏感性（按变动幅度从大到小）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1073" />
            <source>Each input moved alone to its low and high estimate; all others at their values. Base NPV {npv}.</source>
            <translation>每次只将一个输入调到低值或高值，其余保持原值。基准净现值 {npv}。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1077" />
            <location filename="../../explorer/reports/report_model.py" line="1113" />
            <location filename="../../explorer/reports/report_model.py" line="1166" />
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1085" />
            <source>Random seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1087" />
            <source>Uncertain inputs drawn</source>
            <translation>抽样的不确定输入</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1090" />
            <source>Mean NPV</source>
            <translation>净现值均值</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1091" />
            <source>Standard deviation</source>
            <translation>标准差</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1092" />
            <source>P10 (9 in 10 cases are above)</source>
            <translation>P10（九成情形高于此值）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1093" />
            <source>P50 (median)</source>
            <translation>P50（中位数）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1094" />
            <source>P90 (1 in 10 cases is above)</source>
            <translation>P90（一成情形高于此值）</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1096" />
            <source>Probability that the NPV is positive</source>
            <translation>净现值为正的概率</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1106" />
            <source>Monte Carlo simulation of the NPV</source>
            <translation>净现值的蒙特卡洛模拟</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1109" />
            <source>Every uncertain input drawn independently from a triangular distribution (low, value, high).</source>
            <translation>每个不确定输入按三角分布（低值、取值、高值）独立抽样。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1127" />
            <source>Assumptions and their sources</source>
            <translation>假设及其来源</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1134" />
            <source>Annual tables per site</source>
            <translation>各地区年度明细</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1140" />
            <source>Cash flows and incentives</source>
            <translation>现金流与激励</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1154" />
            <source>In {share} of {samples} simulated cases the NPV is above zero; 8 in 10 cases lie between {p10} and {p90}.</source>
            <translation>在 {samples} 个模拟情形中，{share} 的净现值大于零；八成情形介于 {p10} 与 {p90} 之间。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1170" />
            <source>Made with Gui'an Compute Explorer {version}, entirely offline.</source>
            <translation>由贵安算力探索器 {version} 完全离线生成。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1175" />
            <source>Operating cost per site and year = energy + space + compute service + network + labour + charges. Energy = IT load × PUE × 8,760 h × electricity price. Saving = cost at the origin − cost at the destination. NPV = Σ cash flow in year t / (1 + r)^t.</source>
            <translation>各地区每年运营成本 = 电费 + 机柜空间 + 算力服务 + 网络带宽 + 人力 + 附加费。电费 = IT 负载 × PUE × 8,760 小时 × 电价。节省 = 迁出地成本 − 目的地成本。净现值 = Σ 第 t 年现金流 / (1 + r)^t。</translation>
        </message>
        <message>
            <location filename="../../explorer/reports/report_model.py" line="1182" />
            <source>Data, method and disclaimer</source>
            <translation>数据、方法与免责声明</translation>
        </message>
    </context>
    <context>
        <name>RiskPanel</name>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="95" />
            <source>{amount} ({exact} yuan)</source>
            <translation>{amount}（{exact} 元）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="200" />
            <source>Sensitivity analysis (tornado chart)</source>
            <translation>敏感性分析（龙卷风图）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="201" />
            <source>Monte Carlo simulation</source>
            <translation>蒙特卡洛模拟</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="202" />
            <source>Samples</source>
            <translation>样本数</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="203" />
            <source>Number of Monte Carlo samples</source>
            <translation>蒙特卡洛模拟样本数</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="205" />
            <source>10,000 samples re-run by themselves when the inputs change; larger runs need Run.</source>
            <translation>10,000 个样本时，输入变化后会自动重新模拟；更多样本需点击“运行”。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="209" />
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="210" />
            <source>Random seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="211" />
            <source>The same seed and sample count always give the same result.</source>
            <translation>相同的随机种子和样本数总会得到相同的结果。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="212" />
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="213" />
            <source>Run the Monte Carlo simulation</source>
            <translation>运行蒙特卡洛模拟</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="214" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="215" />
            <source>Cancel the Monte Carlo simulation</source>
            <translation>取消蒙特卡洛模拟</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="216" />
            <source>Simulation progress</source>
            <translation>模拟进度</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="217" />
            <source>Simulating…</source>
            <translation>正在模拟…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="447" />
            <source>No sensitivity analysis for this case: {reason}</source>
            <translation>本方案无法进行敏感性分析：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="455" />
            <source>NPV of moving from {origin} to {destination}, each input at its low and its high estimate with all others at base. Base NPV: {npv}.</source>
            <translation>从{origin}迁至{destination}的净现值：每个输入分别取低值和高值，其余输入取基准值。基准净现值：{npv}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="469" />
            <source>Not shown: {count} more inputs, each moving the NPV by {amount} or less.</source>
            <translation>未显示：另有 {count} 个输入，每个对净现值的影响不超过 {amount}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="474" />
            <source>Inputs that do not move this NPV: {count}.</source>
            <translation>不影响本净现值的输入：{count} 个。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="480" />
            <source>{label}: swing {swing}</source>
            <translation>{label}：波动 {swing}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="488" />
            <source>Low: {value} → NPV {npv}</source>
            <translation>低值：{value} → 净现值 {npv}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="491" />
            <source>Base: {value} → NPV {npv}</source>
            <translation>基准：{value} → 净现值 {npv}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="494" />
            <source>High: {value} → NPV {npv}</source>
            <translation>高值：{value} → 净现值 {npv}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="497" />
            <source>Swing: {amount}</source>
            <translation>波动幅度：{amount}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="506" />
            <source>NPV from {low} to {high}</source>
            <translation>净现值 {low} 至 {high}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="509" />
            <source>{count} of {samples} samples ({share})</source>
            <translation>{samples} 个样本中的 {count} 个（{share}）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="519" />
            <source>P10 NPV</source>
            <translation>P10 净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="520" />
            <source>P50 NPV (median)</source>
            <translation>P50 净现值（中位数）</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="521" />
            <source>P90 NPV</source>
            <translation>P90 净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="522" />
            <source>P(NPV &gt; 0)</source>
            <translation>P(净现值 &gt; 0)</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="574" />
            <source>{samples} samples, seed {seed}, {inputs} uncertain inputs drawn from triangular (low, value, high) distributions. Mean {mean}.</source>
            <translation>{samples} 个样本，随机种子 {seed}，{inputs} 个不确定输入按三角分布（低值、基准值、高值）抽样。均值 {mean}。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="590" />
            <source>Simulating {samples} samples…</source>
            <translation>正在模拟 {samples} 个样本…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="592" />
            <source>The simulation failed: {reason}</source>
            <translation>模拟失败：{reason}</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="595" />
            <source>Inputs changed: updating…</source>
            <translation>输入已变化：正在更新…</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="596" />
            <source>Inputs changed: run again.</source>
            <translation>输入已变化：请重新运行。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="598" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="600" />
            <source>Press Run to simulate the NPV.</source>
            <translation>点击“运行”以模拟净现值。</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/risk_panel.py" line="601" />
            <source>Finished in {seconds} s.</source>
            <translation>用时 {seconds} 秒。</translation>
        </message>
    </context>
    <context>
        <name>ScenarioBar</name>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="99" />
            <source>Scenario</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="100" />
            <source>Current scenario</source>
            <translation>当前方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="101" />
            <source>The scenario the Calculator shows and edits</source>
            <translation>测算页显示和编辑的方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="103" />
            <source>New scenario</source>
            <translation>新建方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="103" />
            <source>Start a scenario from the defaults</source>
            <translation>以默认值新建一个方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="107" />
            <source>Duplicate scenario</source>
            <translation>复制方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="108" />
            <source>Copy the current scenario to try a variant</source>
            <translation>复制当前方案，试算另一种情形</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="110" />
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="165" />
            <source>Rename scenario</source>
            <translation>重命名方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="111" />
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="186" />
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="192" />
            <source>Delete scenario</source>
            <translation>删除方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="114" />
            <source>Set as base</source>
            <translation>设为基准方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="115" />
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="147" />
            <source>Compare the other scenarios against this one</source>
            <translation>其他方案都与此方案对比</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="117" />
            <source>Scenarios</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="130" />
            <source>{name}: the base scenario</source>
            <translation>{name}：基准方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="140" />
            <source>The last scenario cannot be deleted</source>
            <translation>最后一个方案不能删除</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="142" />
            <source>Delete the current scenario</source>
            <translation>删除当前方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="143" />
            <source>Give the current scenario another name</source>
            <translation>为当前方案改名</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="145" />
            <source>The current scenario is the base</source>
            <translation>当前方案就是基准方案</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="166" />
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/calculator/scenario_bar.py" line="187" />
            <source>Delete the scenario “{name}”? This cannot be undone.</source>
            <translation>删除方案“{name}”？此操作无法撤销。</translation>
        </message>
    </context>
    <context>
        <name>TornadoChart</name>
        <message>
            <location filename="../../explorer/ui/charts/tornado_chart.py" line="160" />
            <source>Input low</source>
            <translation>输入取低值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/tornado_chart.py" line="161" />
            <source>Input high</source>
            <translation>输入取高值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/tornado_chart.py" line="162" />
            <source>Base NPV</source>
            <translation>基准净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/tornado_chart.py" line="165" />
            <source>NPV</source>
            <translation>净现值</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/charts/tornado_chart.py" line="167" />
            <source>Tornado chart of NPV by input</source>
            <translation>各输入对净现值影响的龙卷风图</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="21" />
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="22" />
            <source>yuan/yr</source>
            <translation>元/年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="23" />
            <source>yuan/rack</source>
            <translation>元/机柜</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="24" />
            <source>yuan/TB</source>
            <translation>元/TB</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="25" />
            <source>yuan/day</source>
            <translation>元/天</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="26" />
            <source>yuan/person</source>
            <translation>元/人</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="27" />
            <source>yuan/kWh</source>
            <translation>元/千瓦时</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="28" />
            <source>yuan/rack/month</source>
            <translation>元/机柜/月</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="29" />
            <source>yuan/Mbps/month</source>
            <translation>元/Mbps/月</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="30" />
            <source>yuan/person/yr</source>
            <translation>元/人/年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="31" />
            <source>yuan/kW</source>
            <translation>元/千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="33" />
            <source>%/yr</source>
            <translation>%/年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="35" />
            <source>kW</source>
            <translation>千瓦</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="36" />
            <source>kW/rack</source>
            <translation>千瓦/机柜</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="37" />
            <source>Mbps</source>
            <translation>Mbps</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="39" />
            <source>persons</source>
            <translation>人</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="40" />
            <source>ms</source>
            <translation>毫秒</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="41" />
            <source>TB</source>
            <translation>TB</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="42" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="43" />
            <source>months</source>
            <translation>个月</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="44" />
            <source>years</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="45" />
            <source>CNY per USD</source>
            <translation>元/美元</translation>
        </message>
        <message>
            <location filename="../../explorer/ui/widgets/units.py" line="46" />
            <source>tCO2/MWh</source>
            <translation>吨CO₂/兆瓦时</translation>
        </message>
    </context>
</TS>